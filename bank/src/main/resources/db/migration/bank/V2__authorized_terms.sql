-- What the accepted step-up token carried (amount, payee, account), kept with the payment so the confirm page shows
-- the authorised terms on any node, whatever session the customer comes back with.
ALTER TABLE payments ADD COLUMN authorized_amount VARCHAR(64);
ALTER TABLE payments ADD COLUMN authorized_payee VARCHAR(140);
ALTER TABLE payments ADD COLUMN authorized_account VARCHAR(64);
