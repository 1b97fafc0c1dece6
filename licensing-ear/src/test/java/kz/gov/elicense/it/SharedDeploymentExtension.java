package kz.gov.elicense.it;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.as.arquillian.container.managed.ManagedDeployableContainer;

/**
 * Puts {@link SharedDeploymentContainer} in place of the WildFly managed container, so that the system tests'
 * identical deployments are deployed once per server run instead of once per test class (META-INF/services).
 */
public class SharedDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, ManagedDeployableContainer.class, SharedDeploymentContainer.class);
    }
}
