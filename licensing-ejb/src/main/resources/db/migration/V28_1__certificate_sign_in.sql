-- Issues 6 and 7: applicants sign in with their certificate by signing a challenge in NCALayer
-- (kz.gov.elicense.account.boundary.CertificateSignIns). Both tables are in the database rather than in the server's
-- memory so that a challenge issued before a restart, or by another node of a cluster, is still known, and used once.
--
-- A challenge: random, issued to the sign-in page, valid for two minutes, used once (used_at set when a signature over
-- it comes back, whatever the signature's verdict). Old rows are removed as new ones are issued.
create table sign_in_challenge (
    nonce      varchar(64)              not null primary key,
    issued_at  timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);

-- The one-time sign-in token a verified signature earns: the page posts it as the password to the container's FORM
-- sign-in, and the Elytron jdbc-realm (config/wildfly/licensing.cli) reads its hashes as further credentials of the
-- account, beside the password. Only hashes of the token (hex) are kept: SHA-256 and SHA-512, two credentials, because
-- Elytron 2.8 verifies a password against the first credential only when an identity has exactly two (its
-- IdentityCredentials.Two iterates over the first alone), and against each when it has three or more. One token per
-- account at a time (the realm takes one credential of a kind), valid for one minute, removed at the sign-in it served.
create table sign_in_token (
    user_name     varchar(100)             not null primary key references account (user_name),
    token_sha256  varchar(64)              not null,
    token_sha512  varchar(128)             not null,
    expires_at    timestamp with time zone not null
);
