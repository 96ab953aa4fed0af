package dev.mofan.core.ledger;

import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.directory.OrgDirectory;

/** The small tree of the ledger tests: units u1 (branches b1, b2) and u2 under a working committee. */
final class LedgerFixtures {

    static final OrgDirectory ORGS = OrgDirectoryFormat.ofDefaults().read("""
            orgs:
              - {id: wc, kind: working-committee}
              - {id: u1, kind: unit, parent: wc}
              - {id: b1, kind: branch, parent: u1}
              - {id: b2, kind: branch, parent: u1}
              - {id: u2, kind: unit, parent: wc}
            """, Syntax.YAML);

    private LedgerFixtures() {
    }
}
