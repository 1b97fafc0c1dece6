-- Issue 7: the accounts of officers and applicants, in the application's database, for the Elytron jdbc-realm of
-- config/wildfly/licensing.cli (LicensingRealm). Passwords are bcrypt hashes (cost 10, a salt of their own each) in
-- the modular-crypt form "$2a$10$<salt><hash>" that the realm's modular-crypt-mapper reads. They were computed, and
-- ministry IT computes a new officer's, with config/accounts/HashPassword.java (Elytron's own PasswordFactory and
-- ModularCrypt, so the realm reads exactly what it writes):
--     M=$JBOSS_HOME/modules/system/layers/base
--     java -cp "$M/org/wildfly/security/elytron-base/main/*:$M/org/wildfly/common/main/*:$M/org/jboss/logging/main/*" \
--         config/accounts/HashPassword.java demo
-- Every demo account below has the password "demo", as before in the properties files.
--
-- failed_attempts counts consecutive failed sign-ins; at the fifth the account is locked until locked_until (15
-- minutes) and the count starts again. The realm's principal query returns no credential for a locked account, so
-- even the right password is refused until then. Officers belong to a provider (MVD, MJ: the codes of
-- application/boundary/Provider) and a division of it (config/divisions.properties); applicants and the portal's
-- technical account to neither.
create table account (
    user_name       varchar(100)             not null primary key,
    password_hash   varchar(200)             not null,
    provider        varchar(16),
    division        varchar(40),
    failed_attempts integer default 0        not null,
    locked_until    timestamp with time zone,
    constraint account_officer_division check ((provider is null) = (division is null))
);

-- The roles of the regulations (§1) that an account holds, one row each; the realm gives them as the identity's roles.
create table account_role (
    user_name varchar(100) not null references account (user_name),
    role      varchar(40)  not null,
    primary key (user_name, role)
);

-- Officers of the demo: the Astana division takes every service of the demo (both ministries', see the README),
-- head2 heads a second division (Almaty), whose officer sees none of Astana's applications.
insert into account (user_name, password_hash, provider, division) values ('head', '$2a$10$lxTES4hbSgkbzseDRJWJiug50kDGkYJDjS2Gj1B3k2MCL4/AgaPcG', 'MVD', 'MVD-ASTANA');
insert into account (user_name, password_hash, provider, division) values ('unithead', '$2a$10$2n6.xhV8KOcThJ4oOsv/G.gWhei1TiSrxY/qz7OZttrXL65CdL5ie', 'MVD', 'MVD-ASTANA');
insert into account (user_name, password_hash, provider, division) values ('executor', '$2a$10$U7RCGAgbBuGEsg51woQeVO8I2Sm0Uu3FWKg.kZBoU6kFM7bBStE1q', 'MVD', 'MVD-ASTANA');
insert into account (user_name, password_hash, provider, division) values ('clerk', '$2a$10$cJX6HHedSBHMQf8rmUQEsuP9UQELZLFgCN3DxYSjKc9SPmlANgJdO', 'MVD', 'MVD-ASTANA');
insert into account (user_name, password_hash, provider, division) values ('head2', '$2a$10$c5TGtqzO0OUb0ZE.hd2hbe7MaOTmJOliFRsd1NkhGkxRDwwPFxKVq', 'MVD', 'MVD-ALMATY');
insert into account (user_name, password_hash, provider, division) values ('portal', '$2a$10$dxi.q9anA.bGgIu0XjrW/evSVReMtjPJGhDqVcmxz5jao.gV0SoZy', null, null);
insert into account (user_name, password_hash, provider, division) values ('150440001011', '$2a$10$qQxEiGojWTWcj.KDfHq6P.N8x5lE/SzG1ULW.9DZRceeUtj2CTFSK', null, null);
insert into account (user_name, password_hash, provider, division) values ('160540002025', '$2a$10$F.QfZTbI3xEza2LWq1EO2.6rznlbs93t.aV9tvcDji3zaV1zWSPym', null, null);
insert into account (user_name, password_hash, provider, division) values ('170640003039', '$2a$10$AhRbQ5k1jrpDcELjQtbOI.mT1gLXUOOgejilBcGNqrp2Mouio.Z0i', null, null);
insert into account (user_name, password_hash, provider, division) values ('180740004042', '$2a$10$RC/2/kc99WDyasQ712b2LOiRl07e8XRT1Usd1BuhxzWcoZobZ6DrW', null, null);
insert into account (user_name, password_hash, provider, division) values ('190840005056', '$2a$10$XUCnRZazh.HULmuYVeJOieGa6XAojAzwkHWLg7O4LHQYxRM9U9XbS', null, null);
insert into account (user_name, password_hash, provider, division) values ('200940006062', '$2a$10$/FNo/stVVrQ1UwWMyj6RSuclUzpOIVjBIPt1ZZ.xJFhLhj/f37OTC', null, null);
insert into account (user_name, password_hash, provider, division) values ('211040007072', '$2a$10$vYFxpbMulkESwdfD85cHcen./xacX1wcKrXry1eQcz9b3QAP861u2', null, null);
insert into account (user_name, password_hash, provider, division) values ('221140008086', '$2a$10$IWooDqq2f1TDWOMTzmDjteXyhg1jOsrxK8QPzdkxgJPkh.DmTKy.i', null, null);
insert into account (user_name, password_hash, provider, division) values ('140340009091', '$2a$10$2R.uRncy4apjiVValzKfhuFIHoknqwZCaXAptdgrRvcEUV2hIidtm', null, null);
insert into account (user_name, password_hash, provider, division) values ('800101300125', '$2a$10$dewxAAUqGDCaK0GgK/0zvu3gyjARWQc2ff87CxQqWO8RbsPxtN4T.', null, null);
insert into account (user_name, password_hash, provider, division) values ('691115302343', '$2a$10$Sf43tMBgvPbp7hDeIZtP7OYX01OoVp27y5LjRkTOVVWNaDcZe8/yS', null, null);
insert into account (user_name, password_hash, provider, division) values ('850721403453', '$2a$10$83r3B9f5X28OyulBy22q1uUqpo4N5/fVoMqT4.ApbFbu2Qn/gNlUC', null, null);
insert into account (user_name, password_hash, provider, division) values ('750502401237', '$2a$10$lDYEc8O.A183FYdze5YtlOdh6ktKeY0JOmFtsy4RJpfAvnkOGAE3C', null, null);
insert into account (user_name, password_hash, provider, division) values ('880624407890', '$2a$10$JJ8sOcfJFq2FRIvk5dpVveq41eg3rTVJt5D8D3lEobpPbPlWY5w8K', null, null);

insert into account_role (user_name, role) values ('head', 'head-of-provider');
insert into account_role (user_name, role) values ('unithead', 'head-of-unit');
insert into account_role (user_name, role) values ('executor', 'executor');
insert into account_role (user_name, role) values ('clerk', 'clerk');
insert into account_role (user_name, role) values ('head2', 'head-of-provider');
insert into account_role (user_name, role) values ('portal', 'portal');
insert into account_role (user_name, role) values ('150440001011', 'applicant');
insert into account_role (user_name, role) values ('160540002025', 'applicant');
insert into account_role (user_name, role) values ('170640003039', 'applicant');
insert into account_role (user_name, role) values ('180740004042', 'applicant');
insert into account_role (user_name, role) values ('190840005056', 'applicant');
insert into account_role (user_name, role) values ('200940006062', 'applicant');
insert into account_role (user_name, role) values ('211040007072', 'applicant');
insert into account_role (user_name, role) values ('221140008086', 'applicant');
insert into account_role (user_name, role) values ('140340009091', 'applicant');
insert into account_role (user_name, role) values ('800101300125', 'applicant');
insert into account_role (user_name, role) values ('691115302343', 'applicant');
insert into account_role (user_name, role) values ('850721403453', 'applicant');
insert into account_role (user_name, role) values ('750502401237', 'applicant');
insert into account_role (user_name, role) values ('880624407890', 'applicant');
