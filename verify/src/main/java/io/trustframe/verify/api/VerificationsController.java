package io.trustframe.verify.api;

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
import io.trustframe.verify.account.Account;
import io.trustframe.verify.verification.CheckRequest;
import io.trustframe.verify.verification.StartRequest;
import io.trustframe.verify.verification.Verification;
import io.trustframe.verify.verification.Verifier;

/** {@code /v2/Services/{ServiceSid}/Verifications[/{Sid}]} and {@code /v2/Services/{ServiceSid}/VerificationCheck} */
@RestController
@RequestMapping(path = "/v2/Services/{serviceSid}", produces = MediaType.APPLICATION_JSON_VALUE)
class VerificationsController {

    private final Verifier verifier;
    private final ResourceUrls urls;

    VerificationsController(Verifier verifier, ResourceUrls urls) {
        this.verifier = verifier;
        this.urls = urls;
    }

    @PostMapping("/Verifications")
    ResponseEntity<Map<String, Object>> start(@RequestAttribute(TwilioAuthFilter.ACCOUNT) Account account,
                                              @PathVariable String serviceSid,
                                              @RequestParam MultiValueMap<String, String> params) {
        Verification verification = verifier.start(account, serviceSid, StartRequest.parse(new Form(params)));
        return ResponseEntity.status(HttpStatus.CREATED).body(VerificationJson.verification(verification, urls.base()));
    }

    @GetMapping("/Verifications/{sid}")
    Map<String, Object> fetch(@RequestAttribute(TwilioAuthFilter.ACCOUNT) Account account,
                              @PathVariable String serviceSid, @PathVariable String sid) {
        return VerificationJson.verification(verifier.fetch(account, serviceSid, sid), urls.base());
    }

    @PostMapping("/Verifications/{sid}")
    Map<String, Object> update(@RequestAttribute(TwilioAuthFilter.ACCOUNT) Account account,
                               @PathVariable String serviceSid, @PathVariable String sid,
                               @RequestParam MultiValueMap<String, String> params) {
        Verification updated = verifier.update(account, serviceSid, sid, new Form(params).text("Status"));
        return VerificationJson.verification(updated, urls.base());
    }

    @PostMapping("/VerificationCheck")
    ResponseEntity<Map<String, Object>> check(@RequestAttribute(TwilioAuthFilter.ACCOUNT) Account account,
                                              @PathVariable String serviceSid,
                                              @RequestParam MultiValueMap<String, String> params) {
        Verification checked = verifier.check(account, serviceSid, CheckRequest.parse(new Form(params)));
        return ResponseEntity.status(HttpStatus.OK).body(VerificationJson.check(checked));
    }
}
