package io.trustframe.identity.directory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.trustframe.identity.IdentitySettings;
import io.trustframe.identity.keys.MasterKey;

@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean
    Passwords passwords() {
        return new Passwords();
    }

    @Bean
    WrongPasswords wrongPasswords(MasterKey masterKey) {
        return new WrongPasswords(masterKey.derive("trustframe identity: smart lockout wrong-password fingerprints"));
    }

    @Bean
    SmartLockout smartLockout(IdentitySettings settings) {
        IdentitySettings.Lockout lockout = settings.lockout();
        return new SmartLockout(lockout.threshold(), lockout.duration(), lockout.maxDuration());
    }
}
