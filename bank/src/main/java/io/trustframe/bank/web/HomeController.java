package io.trustframe.bank.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import io.trustframe.bank.BankProperties;
import io.trustframe.bank.stepup.IdentityMetadataSource;
import io.trustframe.bank.stepup.IdentityUnavailableException;

/** The public pages: home, and the way to sign in. */
@Controller
class HomeController {

    private final IdentityMetadataSource identity;
    private final BankProperties properties;

    HomeController(IdentityMetadataSource identity, BankProperties properties) {
        this.identity = identity;
        this.properties = properties;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("customer", user == null ? null : Customer.of(user));
        return "home";
    }

    /**
     * Sends the customer to the sign-in/sign-up policy, or explains that it cannot: the bank runs even while the
     * identity service is down or has no policies yet, and says so rather than failing with an error page.
     */
    @GetMapping("/sign-in")
    String signIn(@AuthenticationPrincipal OidcUser user, @RequestParam(required = false) String failed,
            Model model, HttpServletResponse response) {
        if (user != null) {
            return "redirect:/account";
        }
        if (failed != null) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            model.addAttribute("problem", "failed");
            return "sign-in-problem";
        }
        try {
            identity.metadata(properties.signUpSignInPolicy());
        } catch (IdentityUnavailableException e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("problem", "unavailable");
            return "sign-in-problem";
        }
        return "redirect:/oauth2/authorization/" + Policies.SIGN_IN.registrationId();
    }
}
