package dev.mofan.examples;

import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.error.Violation;
import dev.mofan.model.text.Language;
import java.io.InputStream;

/** Load a broken org file and show every problem with its JSON path, in Chinese, as a portal would. */
public final class ReportProblems {

    private ReportProblems() {
    }

    /** Prints each problem of the broken sample file: path, stable code and Chinese message. */
    public static void main(String[] args) throws Exception {
        try (InputStream in = ReportProblems.class.getResourceAsStream("city-broken.json")) {
            OrgDirectoryFormat.ofDefaults().read(in, Syntax.JSON);
            System.out.println("valid");
        } catch (ValidationException e) {
            System.out.println(e.total() + " problems:");
            for (Violation violation : e.violations()) {
                // A portal would highlight the field at violation.path() and show the message beside it.
                System.out.println(violation.path() + "  [" + violation.code() + "]  " + violation.message(Language.ZH));
            }
        }
    }
}
