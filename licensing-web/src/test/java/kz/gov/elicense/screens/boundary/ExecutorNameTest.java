package kz.gov.elicense.screens.boundary;

import jakarta.validation.constraints.Pattern;
import kz.gov.elicense.portal.boundary.OfficerActions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The screen takes as an executor's name exactly what the API's executor assignment takes. */
class ExecutorNameTest {

    @Test
    void theScreenAndTheApiAcceptTheSameNames() throws NoSuchFieldException {
        Pattern api = OfficerActions.ExecutorAssignment.class.getDeclaredField("executor").getAnnotation(Pattern.class);
        assertEquals(api.regexp(), ApplicationDetail.USER_NAME.pattern());
    }

    @Test
    void anAccountNameIsAcceptedAndAPersonsNameIsNot() {
        assertTrue(ApplicationDetail.USER_NAME.matcher("executor").matches());
        assertTrue(ApplicationDetail.USER_NAME.matcher("a.serikbayev-2").matches());
        assertFalse(ApplicationDetail.USER_NAME.matcher("исполнитель Иванов").matches());
        assertFalse(ApplicationDetail.USER_NAME.matcher("").matches());
    }
}
