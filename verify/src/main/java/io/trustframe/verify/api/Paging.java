package io.trustframe.verify.api;

import io.trustframe.verify.Form;

/** Twilio's {@code Page}/{@code PageSize} paging (page size 50 by default, at most 1000). */
record Paging(int page, int pageSize) {

    static Paging of(Form form) {
        int size = Math.max(1, Math.min(1000, form.integer("PageSize").orElse(50)));
        int page = Math.max(0, form.integer("Page").orElse(0));
        return new Paging(page, size);
    }

    int offset() {
        return page * pageSize;
    }

    /** One row more than a page, to tell whether a next page exists. */
    int probe() {
        return pageSize + 1;
    }

    String query(int pageNumber) {
        return "PageSize=" + pageSize + "&Page=" + pageNumber;
    }
}
