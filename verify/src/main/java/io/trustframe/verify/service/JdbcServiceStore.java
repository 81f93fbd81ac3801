package io.trustframe.verify.service;

import static io.trustframe.verify.Timestamps.instant;
import static io.trustframe.verify.Timestamps.utc;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcServiceStore implements ServiceStore {

    private static final String COLUMNS = "sid, account_sid, friendly_name, code_length, lookup_enabled, psd2_enabled, "
            + "skip_sms_to_landlines, dtmf_input_required, tts_name, do_not_share_warning_enabled, "
            + "custom_code_enabled, default_template_sid, verify_event_subscription_enabled, channel_settings, "
            + "date_created, date_updated";

    private final JdbcClient jdbc;

    public JdbcServiceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(VerifyService s) {
        jdbc.sql("INSERT INTO verify_service (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.sid(), s.accountSid(), s.friendlyName(), s.codeLength(), s.lookupEnabled(), s.psd2Enabled(),
                        s.skipSmsToLandlines(), s.dtmfInputRequired(), s.ttsName(), s.doNotShareWarningEnabled(),
                        s.customCodeEnabled(), s.defaultTemplateSid(), s.verifyEventSubscriptionEnabled(),
                        encode(s.channelSettings()), utc(s.dateCreated()), utc(s.dateUpdated()))
                .update();
    }

    @Override
    public void update(VerifyService s) {
        jdbc.sql("""
                UPDATE verify_service SET friendly_name = ?, code_length = ?, lookup_enabled = ?, psd2_enabled = ?,
                    skip_sms_to_landlines = ?, dtmf_input_required = ?, tts_name = ?, do_not_share_warning_enabled = ?,
                    custom_code_enabled = ?, default_template_sid = ?, verify_event_subscription_enabled = ?,
                    channel_settings = ?, date_updated = ?
                WHERE sid = ? AND account_sid = ?""")
                .params(s.friendlyName(), s.codeLength(), s.lookupEnabled(), s.psd2Enabled(), s.skipSmsToLandlines(),
                        s.dtmfInputRequired(), s.ttsName(), s.doNotShareWarningEnabled(), s.customCodeEnabled(),
                        s.defaultTemplateSid(), s.verifyEventSubscriptionEnabled(), encode(s.channelSettings()),
                        utc(s.dateUpdated()), s.sid(), s.accountSid())
                .update();
    }

    @Override
    public Optional<VerifyService> find(String accountSid, String sid) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM verify_service WHERE sid = ? AND account_sid = ?")
                .params(sid, accountSid)
                .query(JdbcServiceStore::row)
                .optional();
    }

    @Override
    public List<VerifyService> list(String accountSid, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM verify_service WHERE account_sid = ? "
                        + "ORDER BY date_created DESC, sid LIMIT ? OFFSET ?")
                .params(accountSid, limit, offset)
                .query(JdbcServiceStore::row)
                .list();
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        return jdbc.sql("DELETE FROM verify_service WHERE sid = ? AND account_sid = ?")
                .params(sid, accountSid)
                .update() > 0;
    }

    private static VerifyService row(ResultSet rs, int rowNum) throws SQLException {
        return new VerifyService(rs.getString("sid"), rs.getString("account_sid"), rs.getString("friendly_name"),
                rs.getInt("code_length"), rs.getBoolean("lookup_enabled"), rs.getBoolean("psd2_enabled"),
                rs.getBoolean("skip_sms_to_landlines"), rs.getBoolean("dtmf_input_required"), rs.getString("tts_name"),
                rs.getBoolean("do_not_share_warning_enabled"), rs.getBoolean("custom_code_enabled"),
                rs.getString("default_template_sid"), rs.getBoolean("verify_event_subscription_enabled"),
                decode(rs.getString("channel_settings")), instant(rs, "date_created"), instant(rs, "date_updated"));
    }

    static String encode(Map<String, String> settings) {
        return settings.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> settings = new TreeMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return settings;
        }
        Arrays.stream(encoded.split("&")).map(pair -> pair.split("=", 2)).forEach(pair -> settings.put(
                URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8)));
        return settings;
    }
}
