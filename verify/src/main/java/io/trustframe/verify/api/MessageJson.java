package io.trustframe.verify.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.trustframe.verify.messaging.Message;

/** The 2010-04-01 Message resource as Twilio renders it: RFC 2822 dates, relative {@code uri}s, counts as strings. */
final class MessageJson {

    static final String API_VERSION = "2010-04-01";

    private MessageJson() {
    }

    static Map<String, Object> render(Message m) {
        String uri = "/" + API_VERSION + "/Accounts/" + m.accountSid() + "/Messages/" + m.sid();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_sid", m.accountSid());
        json.put("api_version", API_VERSION);
        json.put("body", m.body());
        json.put("date_created", Dates.rfc2822(m.dateCreated()));
        json.put("date_sent", Dates.rfc2822(m.dateSent()));
        json.put("date_updated", Dates.rfc2822(m.dateUpdated()));
        json.put("direction", "outbound-api");
        json.put("error_code", m.errorCode());
        json.put("error_message", m.errorMessage());
        json.put("from", m.from());
        json.put("messaging_service_sid", m.messagingServiceSid());
        json.put("num_media", "0");
        json.put("num_segments", Integer.toString(m.numSegments()));
        json.put("price", null);
        json.put("price_unit", "USD");
        json.put("sid", m.sid());
        json.put("status", m.status());
        json.put("subresource_uris", Map.of("media", uri + "/Media.json"));
        json.put("to", m.to());
        json.put("uri", uri + ".json");
        return json;
    }
}
