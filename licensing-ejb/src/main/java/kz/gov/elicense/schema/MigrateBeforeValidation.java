package kz.gov.elicense.schema;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

import javax.sql.DataSource;

/**
 * Runs the migrations while Hibernate builds the session factory, before its schema validation: a
 * {@code @Startup} bean would come too late, since the persistence unit starts before any component.
 * Registered in {@code META-INF/services}; with another JPA provider the same {@link SchemaMigrations}
 * is called from that provider's start-up hook.
 */
public class MigrateBeforeValidation implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        ConnectionProvider connections = sessionFactory.getServiceRegistry().getService(ConnectionProvider.class);
        SchemaMigrations.migrate(connections.unwrap(DataSource.class));
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }
}
