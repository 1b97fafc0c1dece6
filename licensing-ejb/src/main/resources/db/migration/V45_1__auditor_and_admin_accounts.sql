-- Issue 7 (security): the auditor, who reads and verifies the audit trail, and the administrator, who opens and
-- unlocks the officers' accounts, as demo accounts of the first demo division (MVD-ASTANA). Password demo: the same
-- bcrypt hash as the other demo accounts' (V21_1, as V29_1 did for executor2). Neither role can be given through the
-- API (Accounts.addOfficer refuses them): ministry IT gives them in the database, as here.
insert into account (user_name, password_hash, provider, division)
    select 'auditor', password_hash, provider, division from account where user_name = 'head';
insert into account_role (user_name, role) values ('auditor', 'auditor');
insert into account (user_name, password_hash, provider, division)
    select 'admin', password_hash, provider, division from account where user_name = 'head';
insert into account_role (user_name, role) values ('admin', 'admin');
