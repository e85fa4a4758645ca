Feature: Privacy and identity of victims (Protocol art. 6(1))
  Trafficking in Persons Protocol, article 6, paragraph 1 (English and French both authentic):
  "In appropriate cases and to the extent possible under its domestic law, each State Party
  shall protect the privacy and identity of victims of trafficking in persons, including, inter
  alia, by making legal proceedings relating to such trafficking confidential."
  "Shall protect", but "in appropriate cases and to the extent possible under its domestic law":
  a duty the Protocol leaves to the parties' judgment ("shall_consider"), so a gap is less urgent
  than a breach of a plain "shall".
  PV-1 asks whether proceedings can be kept confidential, PV-2 whether disclosing a victim's
  identity is prohibited (both de jure), PV-3 whether identities are kept out of hearings,
  judgments and the media in practice. A known shortfall decides even where another answer is
  missing; practice is read only where the law is in place.
  Covers: art. 6(1) (confidential proceedings; identity protected by law and in practice).

  Background:
    Given a State that answers
      | question | answer |
      | FW-1     | party  |
      | PV-1     | yes    |
      | PV-2     | yes    |
      | PV-3     | yes    |

  Scenario: Confidential proceedings and protected identities, respected in practice, are met (art. 6(1))
    Then the obligation "tip-protocol/art-06-1/privacy" is "met"
    And its legal force is "shall_consider"
    And its priority is "none"

  Scenario: Neither confidential proceedings nor a ban on disclosure is not met (art. 6(1))
    When it answers "no" to PV-1
    And it answers "no" to PV-2
    Then the obligation "tip-protocol/art-06-1/privacy" is "not_met"
    And its legal force is "shall_consider"
    And its priority is "medium"

  Scenario Outline: Each shortfall in the law or in practice is partly met (art. 6(1))
    When it answers "<answer>" to <question>
    Then the obligation "tip-protocol/art-06-1/privacy" is "partially_met"
    And its priority is "low"

    Examples:
      | question | answer    |
      | PV-1     | no        |
      | PV-1     | partially |
      | PV-2     | no        |
      | PV-2     | partially |
      | PV-3     | no        |
      | PV-3     | partially |

  Scenario Outline: Each open answer leaves the outcome undecided (art. 6(1))
    When it answers "unknown" to <question>
    Then the obligation "tip-protocol/art-06-1/privacy" is "insufficient_information"

    Examples:
      | question |
      | PV-1     |
      | PV-2     |
      | PV-3     |

  Scenario: An unanswered question on practice leaves the outcome undecided (art. 6(1))
    When it leaves PV-3 unanswered
    Then the obligation "tip-protocol/art-06-1/privacy" is "insufficient_information"

  Scenario Outline: For a State not party to the Protocol the same status weighs less (art. 6(1))
    When it answers "<party>" to FW-1
    And it answers "no" to PV-1
    And it answers "no" to PV-2
    Then the obligation "tip-protocol/art-06-1/privacy" is "not_met"
    And its priority is "<priority>"

    Examples:
      | party     | priority |
      | party     | medium   |
      | not_party | low      |
      | signatory | low      |
      | unknown   | medium   |

  # The decision table has fourteen rows; the rows below reach every one of them.

  Scenario Outline: Confidential proceedings, a ban on disclosure and practice, read together (art. 6(1))
    When it answers "<PV-1>" to PV-1
    And it answers "<PV-2>" to PV-2
    And it answers "<PV-3>" to PV-3
    Then the obligation "tip-protocol/art-06-1/privacy" is "<status>"

    Examples: The law and practice both in place, or the law silent on both
      | PV-1 | PV-2 | PV-3 | status  |
      | yes  | yes  | yes  | met     |
      | no   | no   | yes  | not_met |
      | no   | no   | no   | not_met |

    Examples: A known shortfall, whatever else is unknown
      | PV-1      | PV-2      | PV-3      | status        |
      | no        | yes       | yes       | partially_met |
      | no        | partially | unknown   | partially_met |
      | yes       | no        | yes       | partially_met |
      | partially | no        | no        | partially_met |
      | partially | unknown   | unknown   | partially_met |
      | partially | yes       | yes       | partially_met |
      | yes       | partially | yes       | partially_met |
      | unknown   | partially | unknown   | partially_met |
      | yes       | yes       | partially | partially_met |
      | yes       | unknown   | no        | partially_met |
      | unknown   | yes       | no        | partially_met |

    Examples: Nothing known falls short, and an answer is open
      | PV-1    | PV-2    | PV-3    | status                   |
      | no      | unknown | yes     | insufficient_information |
      | unknown | no      | yes     | insufficient_information |
      | unknown | unknown | no      | insufficient_information |
      | unknown | yes     | yes     | insufficient_information |
      | unknown | yes     | unknown | insufficient_information |
      | yes     | unknown | yes     | insufficient_information |
      | yes     | unknown | unknown | insufficient_information |
      | yes     | yes     | unknown | insufficient_information |
