-- One current account per customer, keyed by the subject the identity service gives the customer at sign-in.
CREATE TABLE accounts (
    customer  VARCHAR(255)   NOT NULL PRIMARY KEY,
    iban      VARCHAR(34)    NOT NULL UNIQUE,
    currency  CHAR(3)        NOT NULL,
    balance   NUMERIC(19, 2) NOT NULL,
    opened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT accounts_balance_not_negative CHECK (balance >= 0)
);

-- The states a payment can be in (PaymentState). A reference table rather than a CHECK (state IN …): H2 2.4
-- evaluates string comparisons in check constraints with the collation of the session that created the table,
-- which is closed once Flyway is done, and then rejects every row.
CREATE TABLE payment_states (
    state VARCHAR(16) NOT NULL PRIMARY KEY
);
INSERT INTO payment_states (state) VALUES ('PENDING'), ('EXECUTED'), ('REFUSED'), ('EXPIRED');

-- Every payment a customer started, in whatever state it ended: this is also the account's history.
CREATE TABLE payments (
    id            VARCHAR(64)    NOT NULL PRIMARY KEY,
    customer      VARCHAR(255)   NOT NULL REFERENCES accounts (customer),
    payee         VARCHAR(140)   NOT NULL,
    account       VARCHAR(34)    NOT NULL,
    amount        NUMERIC(19, 2) NOT NULL,
    currency      CHAR(3)        NOT NULL,
    reference     VARCHAR(140)   NOT NULL,
    state         VARCHAR(16)    NOT NULL REFERENCES payment_states (state),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- When a step-up token for exactly this payment was accepted; execution requires it.
    stepped_up_at TIMESTAMP WITH TIME ZONE,
    closed_at     TIMESTAMP WITH TIME ZONE,
    refusal       VARCHAR(40),
    CONSTRAINT payments_amount_positive CHECK (amount > 0)
);

CREATE INDEX payments_by_customer ON payments (customer, created_at);

-- Step-up tokens the bank has accepted once; a token seen again is a replay (PSD2 RTS Art. 4: single use).
CREATE TABLE used_step_up_tokens (
    token_id   VARCHAR(64) NOT NULL PRIMARY KEY,
    payment_id VARCHAR(64) NOT NULL REFERENCES payments (id),
    used_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
