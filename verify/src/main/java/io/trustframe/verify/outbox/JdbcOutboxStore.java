package io.trustframe.verify.outbox;

import static io.trustframe.verify.Timestamps.instant;
import static io.trustframe.verify.Timestamps.utc;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcOutboxStore implements OutboxStore {

    private final JdbcClient jdbc;

    public JdbcOutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(OutboxMessage m) {
        jdbc.sql("INSERT INTO outbox_message (sid, recipient, sender, body, date_created) VALUES (?, ?, ?, ?, ?)")
                .params(m.sid(), m.to(), m.from(), m.body(), utc(m.dateCreated()))
                .update();
    }

    @Override
    public List<OutboxMessage> newestFirst(Optional<String> to, int limit) {
        String columns = "SELECT sid, recipient, sender, body, date_created FROM outbox_message ";
        JdbcClient.StatementSpec query = to.isPresent()
                ? jdbc.sql(columns + "WHERE recipient = ? ORDER BY seq DESC LIMIT ?").params(to.get(), limit)
                : jdbc.sql(columns + "ORDER BY seq DESC LIMIT ?").param(limit);
        return query.query((rs, n) -> new OutboxMessage(rs.getString("sid"), rs.getString("recipient"),
                rs.getString("sender"), rs.getString("body"), instant(rs, "date_created"))).list();
    }
}
