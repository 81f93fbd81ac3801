package io.trustframe.verify.delivery;

import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes each SMS to the log, with any verification code masked: codes are secrets and logs are not. */
public final class LogSmsSender implements SmsSender {

    private static final Logger LOG = LoggerFactory.getLogger(LogSmsSender.class);
    private static final Pattern CODE = Pattern.compile("\\b[0-9A-Za-z]*[0-9][0-9A-Za-z]*\\b");

    @Override
    public void send(Sms sms) {
        LOG.info("SMS {} from {} to {}: {}", sms.sid(), sms.from(), sms.to(), printable(sms));
    }

    static String printable(Sms sms) {
        return sms.carriesCode()
                ? CODE.matcher(sms.body()).replaceAll(m -> "*".repeat(m.group().length()))
                : sms.body();
    }
}
