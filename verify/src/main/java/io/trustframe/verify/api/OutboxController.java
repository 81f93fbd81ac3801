package io.trustframe.verify.api;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import io.trustframe.verify.PhoneNumbers;
import io.trustframe.verify.outbox.OutboxMessage;
import io.trustframe.verify.outbox.OutboxStore;

/**
 * The outbox of the {@code outbox} delivery: an inbox-like page per phone number for people, and JSON for tests and
 * scripts. It shows codes, so it is for development; it lists nothing when another delivery is configured.
 */
@RestController
class OutboxController {

    private static final int LIMIT = 200;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final OutboxStore outbox;

    OutboxController(OutboxStore outbox) {
        this.outbox = outbox;
    }

    @GetMapping(path = "/outbox/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> messages(@RequestParam(name = "to", required = false) String to) {
        return outbox.newestFirst(recipient(to), LIMIT).stream().map(OutboxController::json).toList();
    }

    @GetMapping(path = "/outbox", produces = MediaType.TEXT_HTML_VALUE)
    String page(@RequestParam(name = "to", required = false) String to) {
        Map<String, List<OutboxMessage>> byNumber = outbox.newestFirst(recipient(to), LIMIT).stream()
                .collect(Collectors.groupingBy(OutboxMessage::to, LinkedHashMap::new, Collectors.toList()));
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="5">
                <title>SMS outbox · Trustframe Verify</title>
                <style>
                body{font-family:system-ui,sans-serif;margin:0;background:#f3f4f6;color:#111}
                header{background:#1f2937;color:#fff;padding:.8rem 1rem}
                h1{font-size:1.1rem;margin:0}
                main{max-width:36rem;margin:0 auto;padding:.5rem}
                section{background:#fff;border-radius:.6rem;margin:.8rem 0;padding:.6rem .8rem}
                h2{font-size:1rem;margin:.2rem 0 .5rem}
                .sms{background:#e5e7eb;border-radius:1rem;padding:.5rem .8rem;margin:.4rem 0;overflow-wrap:anywhere}
                .meta{font-size:.75rem;color:#4b5563}
                </style></head><body>
                <header><h1>SMS outbox</h1></header><main>
                """);
        if (byNumber.isEmpty()) {
            html.append("<p>No messages yet. Codes sent by Verify and messages sent through the Messages API "
                    + "appear here.</p>");
        }
        byNumber.forEach((number, messages) -> {
            html.append("<section><h2>").append(HtmlUtils.htmlEscape(number)).append("</h2>");
            for (OutboxMessage message : messages) {
                html.append("<div class=\"sms\"><div>").append(HtmlUtils.htmlEscape(message.body()))
                        .append("</div><div class=\"meta\">from ").append(HtmlUtils.htmlEscape(message.from()))
                        .append(" · ").append(TIME.format(message.dateCreated())).append("</div></div>");
            }
            html.append("</section>");
        });
        return html.append("</main></body></html>").toString();
    }

    /**
     * The number asked for. A {@code +} typed unencoded in a query string arrives as a space, so a number without
     * its plus gets it back before normalizing.
     */
    private static Optional<String> recipient(String to) {
        if (to == null || to.isBlank()) {
            return Optional.empty();
        }
        String number = to.strip();
        if (!number.startsWith("+")) {
            number = "+" + number;
        }
        return Optional.of(PhoneNumbers.e164(number).orElse(number));
    }

    private static Map<String, Object> json(OutboxMessage message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sid", message.sid());
        json.put("to", message.to());
        json.put("from", message.from());
        json.put("body", message.body());
        json.put("date_created", Dates.iso(message.dateCreated()));
        return json;
    }
}
