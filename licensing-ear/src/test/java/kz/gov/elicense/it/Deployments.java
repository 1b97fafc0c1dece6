package kz.gov.elicense.it;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import org.jboss.shrinkwrap.api.asset.StringAsset;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The EAR this build produced, as Arquillian deploys it; optionally with a test web module inside. */
public final class Deployments {

    private Deployments() {
    }

    /**
     * What every system test deploys: the EAR plus the test web module {@code licensing-it.war} (context root
     * /licensing-it) holding this package and {@code ui}, with the in-container tests and the probes (audit
     * tampering at /licensing-it/tampering, dead letters at /licensing-it/probe, sign-in audit at
     * /licensing-it/audit). Being one and the same archive for every class, it is deployed once per server run
     * ({@link SharedDeploymentContainer}).
     */
    public static EnterpriseArchive ear() {
        return earWith(Testable.archiveToTest(ShrinkWrap.create(WebArchive.class, "licensing-it.war")
                .addPackage(Deployments.class.getPackage())
                .addPackage(Deployments.class.getPackageName() + ".ui")));
    }

    /** The EAR exactly as this build produced it. */
    public static EnterpriseArchive plainEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("licensing.ear")));
    }

    /**
     * The EAR plus a web module holding in-container test classes (it sees the EJB module's classes). The
     * module must be listed in application.xml, or the server does not deploy it.
     */
    public static EnterpriseArchive earWith(WebArchive tests) {
        EnterpriseArchive ear = plainEar();
        String descriptor;
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String module = "<module><web><web-uri>" + tests.getName() + "</web-uri><context-root>/"
                + tests.getName().replace(".war", "") + "</context-root></web></module>";
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(descriptor.replace("<library-directory>", module + "<library-directory>")));
        return ear.addAsModule(tests);
    }
}
