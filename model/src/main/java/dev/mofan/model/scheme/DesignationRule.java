package dev.mofan.model.scheme;

import dev.mofan.model.text.Label;
import java.util.List;

/**
 * A rule of the use of results (结果运用) a scheme declares: a designation and how it is kept
 * ({@link Designation}), or how weak and lax organisations are identified and cleared
 * ({@link WeakOrganisationRule}). Its predicates read results and the register, never evidence.
 */
public sealed interface DesignationRule permits Designation, WeakOrganisationRule {

    /** {@return the kind's id, as register entries name it} */
    String id();

    /** {@return the kind's name, such as 模范机关 or 软弱涣散基层党组织} */
    Label name();

    /** {@return the subject kinds it applies to} */
    List<String> subjects();

    /** {@return days from the step that sets a rectification deadline to the deadline} */
    int rectificationDays();
}
