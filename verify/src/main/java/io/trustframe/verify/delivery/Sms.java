package io.trustframe.verify.delivery;

/**
 * One text message to deliver.
 *
 * @param sid          the Message SID ({@code SM…}) it is known by here
 * @param carriesCode  whether the body holds a verification code, which must not reach a log
 */
public record Sms(String sid, String to, String from, String body, boolean carriesCode) {

    @Override
    public String toString() {
        return "Sms[" + sid + " to " + to + "]";
    }
}
