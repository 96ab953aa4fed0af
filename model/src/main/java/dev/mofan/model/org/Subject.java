package dev.mofan.model.org;

import dev.mofan.model.text.Label;
import java.util.Set;

/**
 * Anything that can be assessed: an org of the party tree or a division (处室). Subjects share
 * one id namespace, so that an evidence record's {@code subject} names exactly one of them.
 */
public sealed interface Subject permits OrgUnit, Division {

    /** {@return the subject's id, unique among all orgs and divisions} */
    String id();

    /** {@return the subject's name, possibly {@link Label#NONE}} */
    Label name();

    /** {@return the subject's tags, sorted; peer groups can be declared over them} */
    Set<String> tags();

    /** {@return the id of the subject's kind: an {@link OrgKind#id()} or {@link Division#KIND_ID}} */
    String kindId();
}
