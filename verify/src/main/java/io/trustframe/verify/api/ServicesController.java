package io.trustframe.verify.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.trustframe.verify.Form;
import io.trustframe.verify.account.Account;
import io.trustframe.verify.service.ServiceCatalog;
import io.trustframe.verify.service.VerifyService;

/** {@code /v2/Services[/{ServiceSid}]} */
@RestController
@RequestMapping(path = "/v2/Services", produces = MediaType.APPLICATION_JSON_VALUE)
class ServicesController {

    private final ServiceCatalog catalog;
    private final ResourceUrls urls;

    ServicesController(ServiceCatalog catalog, ResourceUrls urls) {
        this.catalog = catalog;
        this.urls = urls;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestAttribute(TwilioAuthFilter.ACCOUNT) Account account,
                                               @RequestParam MultiValueMap<String, String> params) {
        VerifyService service = catalog.create(account, new Form(params));
        return ResponseEntity.status(HttpStatus.CREATED).body(ServiceJson.render(service, urls.base()));
    }

    @GetMapping
    Map<String, Object> list(@RequestAttribute(TwilioAuthFilter.ACCOUNT) Account account,
                             @RequestParam MultiValueMap<String, String> params) {
        Paging paging = Paging.of(new Form(params));
        List<VerifyService> found = catalog.list(account, paging.offset(), paging.probe());
        String base = urls.base();
        String listUrl = base + "/v2/Services?";
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("page", paging.page());
        meta.put("page_size", paging.pageSize());
        meta.put("first_page_url", listUrl + paging.query(0));
        meta.put("previous_page_url", paging.page() == 0 ? null : listUrl + paging.query(paging.page() - 1));
        meta.put("url", listUrl + paging.query(paging.page()));
        meta.put("next_page_url", found.size() > paging.pageSize() ? listUrl + paging.query(paging.page() + 1) : null);
        meta.put("key", "services");
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("services", found.stream().limit(paging.pageSize()).map(s -> ServiceJson.render(s, base)).toList());
        page.put("meta", meta);
        return page;
    }

    @GetMapping("/{serviceSid}")
    Map<String, Object> fetch(@RequestAttribute(TwilioAuthFilter.ACCOUNT) Account account,
                              @PathVariable String serviceSid) {
        return ServiceJson.render(catalog.fetch(account, serviceSid), urls.base());
    }

    @PostMapping("/{serviceSid}")
    Map<String, Object> update(@RequestAttribute(TwilioAuthFilter.ACCOUNT) Account account,
                               @PathVariable String serviceSid, @RequestParam MultiValueMap<String, String> params) {
        return ServiceJson.render(catalog.update(account, serviceSid, new Form(params)), urls.base());
    }

    @DeleteMapping("/{serviceSid}")
    ResponseEntity<Void> delete(@RequestAttribute(TwilioAuthFilter.ACCOUNT) Account account,
                                @PathVariable String serviceSid) {
        catalog.delete(account, serviceSid);
        return ResponseEntity.noContent().build();
    }
}
