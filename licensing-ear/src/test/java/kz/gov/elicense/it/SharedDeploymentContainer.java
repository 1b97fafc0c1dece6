package kz.gov.elicense.it;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.Injector;
import org.jboss.as.arquillian.container.managed.ManagedContainerConfiguration;
import org.jboss.as.arquillian.container.managed.ManagedDeployableContainer;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The WildFly managed container, except that a deployment stays deployed after its test class until a different
 * one is asked for (or the server stops). Each system test class declares the same deployment
 * ({@link Deployments#ear()}), so the EAR is deployed once per server run rather than once per class: a deploy
 * and undeploy cost about ten seconds each time, some ten minutes over both database phases. What tells two
 * deployments apart is the archive's name and the listing of every entry, nested archives included (the test
 * protocol's libraries are entries too). The data was shared by the test classes before as well: the database and
 * the broker outlive a redeploy.
 */
public class SharedDeploymentContainer implements DeployableContainer<ManagedContainerConfiguration> {

    private static final Logger LOG = Logger.getLogger(SharedDeploymentContainer.class.getName());

    @Inject
    private Instance<Injector> injector;

    private ManagedDeployableContainer delegate;
    private Archive<?> deployed;
    private String deployedListing;
    private ProtocolMetaData deployedMetaData;

    private ManagedDeployableContainer delegate() {
        if (delegate == null) {
            delegate = injector.get().inject(new ManagedDeployableContainer());
        }
        return delegate;
    }

    @Override
    public Class<ManagedContainerConfiguration> getConfigurationClass() {
        return ManagedContainerConfiguration.class;
    }

    @Override
    public void setup(ManagedContainerConfiguration configuration) {
        delegate().setup(configuration);
    }

    @Override
    public void start() throws LifecycleException {
        delegate().start();
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            undeployKept();
        } catch (DeploymentException e) {
            LOG.warning("the kept deployment could not be undeployed before the stop: " + e.getMessage());
        }
        delegate().stop();
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return delegate().getDefaultProtocol();
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String listing = listing(archive);
        if (deployed != null && deployed.getName().equals(archive.getName()) && deployedListing.equals(listing)) {
            return deployedMetaData;
        }
        undeployKept();
        ProtocolMetaData metaData = delegate().deploy(archive);
        deployed = archive;
        deployedListing = listing;
        deployedMetaData = metaData;
        return metaData;
    }

    /** Kept for the next class; {@link #deploy} or {@link #stop} undeploys it. */
    @Override
    public void undeploy(Archive<?> archive) {
    }

    @Override
    public void deploy(Descriptor descriptor) throws DeploymentException {
        delegate().deploy(descriptor);
    }

    @Override
    public void undeploy(Descriptor descriptor) throws DeploymentException {
        delegate().undeploy(descriptor);
    }

    private void undeployKept() throws DeploymentException {
        if (deployed != null) {
            Archive<?> kept = deployed;
            deployed = null;
            deployedListing = null;
            deployedMetaData = null;
            delegate().undeploy(kept);
        }
    }

    static String listing(Archive<?> archive) {
        List<String> entries = new ArrayList<>();
        list(archive, "", entries);
        entries.sort(null);
        return String.join("\n", entries);
    }

    private static void list(Archive<?> archive, String prefix, List<String> entries) {
        for (Node node : archive.getContent().values()) {
            String path = prefix + node.getPath().get();
            entries.add(path);
            if (node.getAsset() instanceof ArchiveAsset nested) {
                list(nested.getArchive(), path + "!", entries);
            }
        }
    }
}
