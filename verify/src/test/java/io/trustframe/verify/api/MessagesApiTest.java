package io.trustframe.verify.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.twilio.exception.ApiException;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

import io.trustframe.verify.TestNumbers;

class MessagesApiTest extends ApiTest {

    private static final String FROM = "+15017122661";

    @Test
    void aMessageIsQueuedDeliveredToTheOutboxAndFetchable() {
        String to = TestNumbers.mobile();

        Message created = Message.creator(new PhoneNumber(to), new PhoneNumber(FROM), "Hello from Trustframe")
                .create(client());
        Message fetched = Message.fetcher(created.getSid()).fetch(client());

        assertThat(created.getSid()).matches("SM[0-9a-f]{32}");
        assertThat(created.getStatus()).isEqualTo(Message.Status.QUEUED);
        assertThat(created.getTo()).isEqualTo(to);
        assertThat(created.getFrom()).isEqualTo(new PhoneNumber(FROM));
        assertThat(created.getAccountSid()).isEqualTo(ACCOUNT_SID);
        assertThat(created.getDirection()).isEqualTo(Message.Direction.OUTBOUND_API);
        assertThat(created.getNumSegments()).isEqualTo("1");
        assertThat(created.getDateCreated()).isNotNull();
        assertThat(fetched.getStatus()).isEqualTo(Message.Status.SENT);
        assertThat(fetched.getDateSent()).isNotNull();
        assertThat(fetched.getBody()).isEqualTo("Hello from Trustframe");
        Map<String, Object> sms = outbox(to).get(0);
        assertThat(sms).containsEntry("sid", created.getSid()).containsEntry("to", to).containsEntry("from", FROM)
                .containsEntry("body", "Hello from Trustframe").containsKey("date_created");
    }

    @Test
    void theMessageJsonHasRfc2822DatesAndRelativeUris() {
        Message created = Message.creator(new PhoneNumber(TestNumbers.mobile()), new PhoneNumber(FROM), "Dates")
                .create(client());

        Map<String, Object> json = json(raw("GET", "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/"
                + created.getSid() + ".json", null, ACCOUNT_SID + ":" + AUTH_TOKEN));

        assertThat((String) json.get("date_created"))
                .matches("[A-Z][a-z]{2}, \\d\\d [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d \\+0000");
        assertThat(json).containsEntry("uri",
                "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/" + created.getSid() + ".json")
                .containsEntry("api_version", "2010-04-01");
    }

    @Test
    void aMessagingServiceSendsWithoutFromAndIsAccepted() {
        String to = TestNumbers.mobile();

        Message created = Message.creator(new PhoneNumber(to), "MG0123456789abcdef0123456789abcdef", "Via service")
                .create(client());

        assertThat(created.getStatus()).isEqualTo(Message.Status.ACCEPTED);
        assertThat(created.getMessagingServiceSid()).isEqualTo("MG0123456789abcdef0123456789abcdef");
        assertThat(outbox(to)).hasSize(1);
    }

    @Test
    void theListIsNewestFirstAndFilteredByTo() {
        String to = TestNumbers.mobile();
        Message first = Message.creator(new PhoneNumber(to), new PhoneNumber(FROM), "first").create(client());
        Message second = Message.creator(new PhoneNumber(to), new PhoneNumber(FROM), "second").create(client());
        Message.creator(new PhoneNumber(TestNumbers.mobile()), new PhoneNumber(FROM), "elsewhere").create(client());

        List<String> listed = new ArrayList<>();
        Message.reader().setTo(new PhoneNumber(to)).pageSize(1).read(client())
                .forEach(message -> listed.add(message.getSid()));

        assertThat(listed).containsExactly(second.getSid(), first.getSid());
        assertThat(outbox(to)).extracting(sms -> sms.get("body")).containsExactly("second", "first");
    }

    @Test
    void anInvalidToIs21211() {
        assertThatThrownBy(() -> Message.creator(new PhoneNumber("+4915"), new PhoneNumber(FROM), "x").create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(21211);
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo("The 'To' number +4915 is not a valid phone number.");
                });
    }

    @Test
    void aMissingBodyIs21602() {
        HttpResponse<String> response = raw("POST", "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json",
                Map.of("To", TestNumbers.mobile(), "From", FROM), ACCOUNT_SID + ":" + AUTH_TOKEN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response)).containsEntry("code", 21602);
    }

    @Test
    void aMissingSenderIs21603() {
        HttpResponse<String> response = raw("POST", "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json",
                Map.of("To", TestNumbers.mobile(), "Body", "x"), ACCOUNT_SID + ":" + AUTH_TOKEN);

        assertThat(json(response)).containsEntry("code", 21603);
    }

    @Test
    void aFromThatIsNotOneOfTheAccountsSendersIs21606() {
        assertThatThrownBy(() -> Message.creator(new PhoneNumber(TestNumbers.mobile()), new PhoneNumber("+15017122662"),
                "x").create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21606));
    }

    @Test
    void anotherAccountsPathIsRefusedAndItsMessagesAreNotFound() {
        Message created = Message.creator(new PhoneNumber(TestNumbers.mobile()), new PhoneNumber(FROM), "mine")
                .create(client());

        HttpResponse<String> foreignPath = raw("GET", "/2010-04-01/Accounts/" + OTHER_ACCOUNT_SID + "/Messages.json",
                null, ACCOUNT_SID + ":" + AUTH_TOKEN);

        assertThat(foreignPath.statusCode()).isEqualTo(401);
        assertThatThrownBy(() -> Message.fetcher(created.getSid()).fetch(client(OTHER_ACCOUNT_SID, OTHER_AUTH_TOKEN)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
    }

    @Test
    void theOutboxPageListsMessagesPerNumberForAPhoneScreen() {
        String to = TestNumbers.mobile();
        Message.creator(new PhoneNumber(to), new PhoneNumber(FROM), "<b>escaped</b>").create(client());

        HttpResponse<String> page = raw("GET", "/outbox", null, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(page.body()).contains("name=\"viewport\"", "<h2>" + to + "</h2>", "&lt;b&gt;escaped&lt;/b&gt;");
    }

    @Test
    void theOutboxJsonAcceptsANumberWhosePlusArrivedAsASpace() {
        String to = TestNumbers.mobile();
        Message.creator(new PhoneNumber(to), new PhoneNumber(FROM), "plus").create(client());

        HttpResponse<String> response = raw("GET", "/outbox/messages?to=" + to, null, null);

        assertThat(response.body()).contains("\"body\":\"plus\"");
    }
}
