package io.trustframe.verify.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.trustframe.verify.Form;
import io.trustframe.verify.TwilioError;
import io.trustframe.verify.account.Account;
import io.trustframe.verify.messaging.Message;
import io.trustframe.verify.messaging.Messenger;

/** {@code /2010-04-01/Accounts/{AccountSid}/Messages.json} and {@code …/Messages/{Sid}.json} */
@RestController
@RequestMapping(path = "/2010-04-01/Accounts/{accountSid}", produces = MediaType.APPLICATION_JSON_VALUE)
class MessagesController {

    private final Messenger messenger;

    MessagesController(Messenger messenger) {
        this.messenger = messenger;
    }

    @PostMapping("/Messages.json")
    ResponseEntity<Map<String, Object>> create(@RequestAttribute(TwilioAuthFilter.ACCOUNT) Account account,
                                               @PathVariable String accountSid,
                                               @RequestParam MultiValueMap<String, String> params) {
        Message message = messenger.send(owner(account, accountSid), new Form(params));
        return ResponseEntity.status(HttpStatus.CREATED).body(MessageJson.render(message));
    }

    @GetMapping("/Messages.json")
    Map<String, Object> list(@RequestAttribute(TwilioAuthFilter.ACCOUNT) Account account,
                             @PathVariable String accountSid, @RequestParam MultiValueMap<String, String> params) {
        Form form = new Form(params);
        Paging paging = Paging.of(form);
        List<Message> found = messenger.list(owner(account, accountSid), form.text("To"), form.text("From"),
                paging.offset(), paging.probe());
        List<Message> shown = found.stream().limit(paging.pageSize()).toList();
        String listUri = "/" + MessageJson.API_VERSION + "/Accounts/" + accountSid + "/Messages.json?" + filters(form);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("end", paging.offset() + Math.max(shown.size() - 1, 0));
        page.put("first_page_uri", listUri + paging.query(0));
        page.put("next_page_uri", found.size() > paging.pageSize() ? listUri + paging.query(paging.page() + 1) : null);
        page.put("page", paging.page());
        page.put("page_size", paging.pageSize());
        page.put("previous_page_uri", paging.page() == 0 ? null : listUri + paging.query(paging.page() - 1));
        page.put("messages", shown.stream().map(MessageJson::render).toList());
        page.put("start", paging.offset());
        page.put("uri", listUri + paging.query(paging.page()));
        return page;
    }

    @GetMapping("/Messages/{sid}.json")
    Map<String, Object> fetch(@RequestAttribute(TwilioAuthFilter.ACCOUNT) Account account,
                              @PathVariable String accountSid, @PathVariable String sid) {
        return MessageJson.render(messenger.fetch(owner(account, accountSid), sid));
    }

    /** The list's filters, kept in the page URIs so that the SDK's next page stays filtered. */
    private static String filters(Form form) {
        StringBuilder query = new StringBuilder();
        for (String name : List.of("To", "From")) {
            form.text(name).ifPresent(value -> query.append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        }
        return query.toString();
    }

    /** Credentials act for their own account only, as on Twilio. */
    private static Account owner(Account authenticated, String accountSid) {
        if (!authenticated.sid().equals(accountSid)) {
            throw TwilioError.AUTHENTICATION_FAILED.exception("Authenticate");
        }
        return authenticated;
    }
}
