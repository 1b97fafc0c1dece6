package kz.gov.elicense.screens.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.gov.elicense.application.boundary.Provider;
import kz.gov.elicense.register.boundary.LicenceRegister;
import kz.gov.elicense.register.boundary.LicenceRegister.LicenceSearch;
import kz.gov.elicense.register.boundary.LicenceRegister.LicenceSummary;
import kz.gov.elicense.register.entity.Activity;
import kz.gov.elicense.register.entity.LicenceStatus;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The public register search: by number, holder's BIN/IIN, part of the holder's name, activity, status, provider. */
@Named
@ViewScoped
public class RegisterSearch implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Enough for a screen; narrower criteria find the rest. */
    static final int PAGE = 200;

    @Inject
    LicenceRegister register;

    private String number;
    private String holder;
    private String name;
    private Activity activity;
    private LicenceStatus status;
    private String provider;
    private List<LicenceSummary> found;

    public void search() {
        found = register.search(new LicenceSearch(trimmed(number), trimmed(holder), trimmed(name), activity, status,
                trimmed(provider)), 0, PAGE);
    }

    /** Whether a search ran: before it the page shows no empty-result message. */
    public boolean isSearched() {
        return found != null;
    }

    public List<LicenceSummary> getFound() {
        return found == null ? List.of() : found;
    }

    public List<Activity> getActivities() {
        return Arrays.asList(Activity.values());
    }

    public List<LicenceStatus> getStatuses() {
        return Arrays.asList(LicenceStatus.values());
    }

    /** The licensing bodies as the register names them. */
    public List<String> getProviders() {
        return List.of(Provider.internalAffairs().name(), Provider.justice().name());
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = holder;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Activity getActivity() {
        return activity;
    }

    public void setActivity(Activity activity) {
        this.activity = activity;
    }

    public LicenceStatus getStatus() {
        return status;
    }

    public void setStatus(LicenceStatus status) {
        this.status = status;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }
}
