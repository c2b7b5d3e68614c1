/** The balance model (balansmodel) of capacity and burden, and self-reliance scores. */
module nl.regiekit.balance {
    requires transitive nl.regiekit.casemodel;
}
