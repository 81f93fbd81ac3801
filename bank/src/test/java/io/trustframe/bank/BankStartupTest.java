package io.trustframe.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.NestedExceptionUtils;

import io.trustframe.bank.hint.HintKeyException;

class BankStartupTest {

    @TempDir
    Path data;

    @Test
    void aSigningThumbprintThatNamesNoKeyStopsTheBankWithAClearMessage() {
        assertThatThrownBy(() -> BankApplication.application().run(BankApplication.withConfigName(
                        "--server.port=0",
                        "--trustframe.data-dir=" + data,
                        "--trustframe.bank.signing-cert-thumbprint=4F39D6014818082CBB763E5BA5F230E545212E89")))
                .satisfies(failure -> {
                    Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
                    assertThat(cause).isInstanceOf(HintKeyException.class)
                            .hasMessageContaining("signing-cert-thumbprint 4F39D6014818082CBB763E5BA5F230E545212E89 "
                                    + "names no key");
                });
    }
}
