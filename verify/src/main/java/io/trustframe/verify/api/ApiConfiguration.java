package io.trustframe.verify.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.trustframe.verify.account.AccountDirectory;

@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    /** Only Twilio's API paths need credentials; the outbox and health are open. */
    @Bean
    FilterRegistrationBean<TwilioAuthFilter> twilioAuthFilter(AccountDirectory accounts) {
        FilterRegistrationBean<TwilioAuthFilter> registration =
                new FilterRegistrationBean<>(new TwilioAuthFilter(accounts));
        registration.addUrlPatterns("/v2/*", "/2010-04-01/*");
        registration.setName("twilioAuthFilter");
        return registration;
    }
}
