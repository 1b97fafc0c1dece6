-- A second demo executor of the first demo division, so that an executor's inbox can be seen to hold only the
-- cases assigned to that executor. Password demo: the same bcrypt hash as the other demo accounts' (V21_1).
insert into account (user_name, password_hash, provider, division)
    select 'executor2', password_hash, provider, division from account where user_name = 'executor';
insert into account_role (user_name, role) values ('executor2', 'executor');
