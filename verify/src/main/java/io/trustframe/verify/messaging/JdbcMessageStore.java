package io.trustframe.verify.messaging;

import static io.trustframe.verify.Timestamps.instant;
import static io.trustframe.verify.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcMessageStore implements MessageStore {

    private static final String COLUMNS = "sid, account_sid, recipient, sender, messaging_service_sid, body, status, "
            + "num_segments, error_code, error_message, date_created, date_updated, date_sent";

    private final JdbcClient jdbc;

    public JdbcMessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Message m) {
        jdbc.sql("INSERT INTO message (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(m.sid(), m.accountSid(), m.to(), m.from(), m.messagingServiceSid(), m.body(), m.status(),
                        m.numSegments(), m.errorCode(), m.errorMessage(), utc(m.dateCreated()), utc(m.dateUpdated()),
                        utc(m.dateSent()))
                .update();
    }

    @Override
    public void update(Message m) {
        jdbc.sql("UPDATE message SET sender = ?, status = ?, error_code = ?, error_message = ?, date_updated = ?, "
                        + "date_sent = ? WHERE sid = ?")
                .params(m.from(), m.status(), m.errorCode(), m.errorMessage(), utc(m.dateUpdated()), utc(m.dateSent()),
                        m.sid())
                .update();
    }

    @Override
    public Optional<Message> find(String accountSid, String sid) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM message WHERE sid = ? AND account_sid = ?")
                .params(sid, accountSid)
                .query(JdbcMessageStore::row)
                .optional();
    }

    @Override
    public List<Message> list(String accountSid, Optional<String> to, Optional<String> from, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM message WHERE account_sid = ?");
        List<Object> params = new ArrayList<>(List.of(accountSid));
        to.ifPresent(number -> {
            sql.append(" AND recipient = ?");
            params.add(number);
        });
        from.ifPresent(number -> {
            sql.append(" AND sender = ?");
            params.add(number);
        });
        sql.append(" ORDER BY seq DESC LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query(JdbcMessageStore::row).list();
    }

    private static Message row(ResultSet rs, int rowNum) throws SQLException {
        Integer errorCode = rs.getObject("error_code") == null ? null : rs.getInt("error_code");
        return new Message(rs.getString("sid"), rs.getString("account_sid"), rs.getString("recipient"),
                rs.getString("sender"), rs.getString("messaging_service_sid"), rs.getString("body"),
                rs.getString("status"), rs.getInt("num_segments"), errorCode,
                rs.getString("error_message"), instant(rs, "date_created"), instant(rs, "date_updated"),
                instant(rs, "date_sent"));
    }
}
