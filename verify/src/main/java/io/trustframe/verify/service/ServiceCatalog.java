package io.trustframe.verify.service;

import java.time.Clock;
import java.util.List;

import io.trustframe.verify.Form;
import io.trustframe.verify.RandomSource;
import io.trustframe.verify.TwilioError;
import io.trustframe.verify.account.Account;

/** The Verify Service resource: create, fetch, list, update, delete, always within the caller's account. */
public final class ServiceCatalog {

    private final ServiceStore store;
    private final Clock clock;
    private final RandomSource random;

    public ServiceCatalog(ServiceStore store, Clock clock, RandomSource random) {
        this.store = store;
        this.clock = clock;
        this.random = random;
    }

    public VerifyService create(Account account, Form form) {
        VerifyService service = VerifyService.create(random.sid("VA"), account.sid(), form, clock.instant());
        store.insert(service);
        return service;
    }

    public VerifyService fetch(Account account, String sid) {
        return store.find(account.sid(), sid).orElseThrow(TwilioError.NOT_FOUND::exception);
    }

    public VerifyService update(Account account, String sid, Form form) {
        VerifyService updated = fetch(account, sid).updatedWith(form, clock.instant());
        store.update(updated);
        return updated;
    }

    public List<VerifyService> list(Account account, int offset, int limit) {
        return store.list(account.sid(), offset, limit);
    }

    public void delete(Account account, String sid) {
        if (!store.delete(account.sid(), sid)) {
            throw TwilioError.NOT_FOUND.exception();
        }
    }
}
