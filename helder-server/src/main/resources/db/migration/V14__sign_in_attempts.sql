-- Failed password sign-ins, shared by every node on this database (replaces the per-node memory of LoginThrottle).
-- One row per bucket: (account, '') = an account tried from addresses it never signed in from,
-- ('', address) = everything tried from one client address (password spraying),
-- (account, address) = an account tried from an address it signed in from before (its own bucket, which
-- an attacker elsewhere cannot fill). Rows are deleted once their last failure is older than
-- helder.sign-in.forget-after.
CREATE TABLE sign_in_attempts (
    account         VARCHAR(200) NOT NULL,
    address         VARCHAR(64)  NOT NULL,
    failures        INTEGER      NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account, address)
);
CREATE INDEX sign_in_attempts_address ON sign_in_attempts (address);
CREATE INDEX sign_in_attempts_last_failure ON sign_in_attempts (last_failure_at);

-- Addresses an account signed in from with the right password; kept for helder.sign-in.known-address-for.
CREATE TABLE sign_in_known_address (
    username        VARCHAR(100) NOT NULL,
    address         VARCHAR(64)  NOT NULL,
    last_success_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, address)
);
CREATE INDEX sign_in_known_address_last_success ON sign_in_known_address (last_success_at);
