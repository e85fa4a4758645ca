Feature: Accession to the Trafficking in Persons Protocol (OP 1)
  Resolution 11/5, operative paragraph 1 (unofficial translation of the authentic French):
  "Urges Member States that have not yet done so to consider, as a matter of priority, acceding
  to the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and
  Children, supplementing the United Nations Convention against Transnational Organized Crime;"
  OP 1 speaks only to the States that are not yet party: for a party it has no object. Its
  finding also tells whether the Protocol binds the State. A State that is not party (a mere
  signatory included) is still checked against the Protocol's duties, as recommendations: the
  same status, a lower priority. Where it is not known whether the State is party, the Protocol
  is weighed as binding.
  Covers: OP 1 (accession); its effect on the weight of the Protocol's obligations.

  Background:
    Given a State that answers
      | question | answer |
      | FW-1     | party  |
      | CR-1     | none   |
      | PV-1     | no     |
      | PV-2     | no     |

  Scenario: A State already party has nothing to accede to (OP 1)
    Then the obligation "res-11-5/op-01/accede" is "not_applicable"
    And its priority is "none"

  Scenario: A State not party to the Protocol is urged to accede (OP 1)
    When it answers "not_party" to FW-1
    Then the obligation "res-11-5/op-01/accede" is "not_met"
    And its legal force is "urges"
    And its priority is "high"

  Scenario: A State that has signed but not ratified is not yet party (OP 1)
    When it answers "signatory" to FW-1
    Then the obligation "res-11-5/op-01/accede" is "not_met"

  Scenario: Not knowing whether the State is party leaves accession undecided (OP 1)
    When it answers "unknown" to FW-1
    Then the obligation "res-11-5/op-01/accede" is "insufficient_information"
    And its priority is "medium"

  Scenario: An unanswered party question leaves accession undecided (OP 1)
    When it leaves FW-1 unanswered
    Then the obligation "res-11-5/op-01/accede" is "insufficient_information"

  # The Background leaves two Protocol duties unmet: art. 5(1), which binds ("shall"), and
  # art. 6(1), which the Protocol leaves to the parties' judgment ("shall consider").

  Scenario Outline: Whether the State is party sets the weight of the Protocol's duties, not their status (OP 1, art. 5(1), art. 6(1))
    When it answers "<party>" to FW-1
    Then the obligation "tip-protocol/art-05-1/criminalise-trafficking" is "not_met"
    And its legal force is "shall"
    And its priority is "<shall>"
    And the obligation "tip-protocol/art-06-1/privacy" is "not_met"
    And its legal force is "shall_consider"
    And its priority is "<shall_consider>"

    Examples:
      | party     | shall  | shall_consider |
      | party     | urgent | medium         |
      | not_party | high   | low            |
      | signatory | high   | low            |
      | unknown   | urgent | medium         |

  Scenario: An unanswered party question weighs the Protocol as binding (OP 1, art. 5(1))
    When it leaves FW-1 unanswered
    Then the obligation "tip-protocol/art-05-1/criminalise-trafficking" is "not_met"
    And its priority is "urgent"

  Scenario: A resolution's own request keeps its weight whether or not the State is party (OP 1, OP 2)
    When it answers "not_party" to FW-1
    And it answers "no" to FW-2
    Then the obligation "res-11-5/op-02/working-group-recommendations" is "not_met"
    And its priority is "medium"
