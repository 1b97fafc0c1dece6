package kz.gov.elicense.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.elicense.configuration.ConfigurationDirectories;
import kz.gov.elicense.signature.demo.DemoPkiServices;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Holds the demo PKI services when demo mode is on, and the simulated outages a test or a demonstration can
 * switch on: the OCSP responder down, the CRLs stale (issued two days ago, expired one day ago).
 */
@ApplicationScoped
public class DemoPkiEndpoints {

    private static final Logger LOG = Logger.getLogger(DemoPkiEndpoints.class.getName());

    @Inject
    Clock clock;

    private DemoPkiServices services;
    private DemoPkiServices staleServices;
    private volatile boolean ocspDown;
    private volatile boolean crlStale;

    @PostConstruct
    void load() {
        if (!Boolean.parseBoolean(ConfigurationDirectories.setting("licensing.demo.enabled").orElse("false"))) {
            return;
        }
        try {
            services = DemoPkiServices.load(ConfigurationDirectories.pkiDir(), clock);
            staleServices = DemoPkiServices.load(ConfigurationDirectories.pkiDir(),
                    Clock.offset(clock, Duration.ofDays(-2)));
            LOG.info(() -> "Demo PKI services (OCSP, CRL, TSA) served at " + services.baseUrl());
        } catch (Exception e) {
            throw new IllegalStateException("Demo mode is on but the demo PKI in " + ConfigurationDirectories.pkiDir()
                    + " cannot serve: " + e.getMessage(), e);
        }
    }

    /** The services, unless demo mode is off. */
    public Optional<DemoPkiServices> services() {
        return Optional.ofNullable(services);
    }

    public Optional<DemoPkiServices> crlServices() {
        return Optional.ofNullable(crlStale ? staleServices : services);
    }

    public boolean ocspDown() {
        return ocspDown;
    }

    public void simulate(boolean ocspDown, boolean crlStale) {
        this.ocspDown = ocspDown;
        this.crlStale = crlStale;
        LOG.warning(() -> "Demo PKI outage simulation: OCSP " + (ocspDown ? "down" : "up") + ", CRLs "
                + (crlStale ? "stale" : "fresh"));
    }

    public Outage outage() {
        return new Outage(ocspDown, crlStale);
    }

    /** The simulated outage state. */
    public record Outage(boolean ocspDown, boolean crlStale) {
    }
}
