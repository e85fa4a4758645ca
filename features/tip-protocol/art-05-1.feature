Feature: Criminalisation of trafficking in persons (Protocol art. 5(1), with art. 3(a))
  Trafficking in Persons Protocol, article 5, paragraph 1:
  "Each State Party shall adopt such legislative and other measures as may be necessary to
  establish as criminal offences the conduct set forth in article 3 of this Protocol, when
  committed intentionally."
  The conduct of article 3(a) has three elements: an act (recruitment, transportation, transfer,
  harbouring or receipt), a means (threat or use of force, coercion, deception, abuse of
  vulnerability, and so on) and the purpose of exploitation, which includes at a minimum the
  exploitation of the prostitution of others or other sexual exploitation, forced labour or
  services, slavery or similar practices, servitude and the removal of organs.
  CR-1 asks whether there is such an offence, CR-2 whether it covers every listed form of
  exploitation. Once the offence itself falls short, what it covers no longer decides.
  Covers: art. 5(1) with art. 3(a) (the offence and its purposes of exploitation).

  Background:
    Given a State that answers
      | question | answer |
      | FW-1     | party  |
      | CR-1     | full   |
      | CR-2     | yes    |

  Scenario: An offence with the three elements, covering every form of exploitation, is met (art. 5(1))
    Then the obligation "tip-protocol/art-05-1/criminalise-trafficking" is "met"
    And its legal force is "shall"
    And its priority is "none"

  Scenario Outline: No offence of trafficking itself breaches a binding duty (art. 5(1))
    When it answers "<offence>" to CR-1
    Then the obligation "tip-protocol/art-05-1/criminalise-trafficking" is "not_met"
    And its legal force is "shall"
    And its priority is "urgent"

    Examples:
      | offence      |
      | none         |
      | related_only |

  Scenario: An offence narrower than the Protocol's definition is partly met (art. 5(1), art. 3(a))
    When it answers "narrower" to CR-1
    Then the obligation "tip-protocol/art-05-1/criminalise-trafficking" is "partially_met"
    And its priority is "high"

  Scenario Outline: An offence that leaves out a form of exploitation is partly met (art. 5(1), art. 3(a))
    When it answers "<coverage>" to CR-2
    Then the obligation "tip-protocol/art-05-1/criminalise-trafficking" is "partially_met"

    Examples:
      | coverage  |
      | partially |
      | no        |

  Scenario: Not knowing whether trafficking is an offence leaves the outcome undecided (art. 5(1))
    When it answers "unknown" to CR-1
    Then the obligation "tip-protocol/art-05-1/criminalise-trafficking" is "insufficient_information"
    And its priority is "high"

  Scenario: An unanswered question on the offence leaves the outcome undecided (art. 5(1))
    When it leaves CR-1 unanswered
    Then the obligation "tip-protocol/art-05-1/criminalise-trafficking" is "insufficient_information"

  Scenario: Not knowing what the full offence covers leaves the outcome undecided (art. 5(1), art. 3(a))
    When it answers "unknown" to CR-2
    Then the obligation "tip-protocol/art-05-1/criminalise-trafficking" is "insufficient_information"

  Scenario: An unanswered question on the forms of exploitation leaves the outcome undecided (art. 5(1), art. 3(a))
    When it leaves CR-2 unanswered
    Then the obligation "tip-protocol/art-05-1/criminalise-trafficking" is "insufficient_information"

  Scenario Outline: Once the offence falls short, what it covers does not change the outcome (art. 5(1))
    When it answers "<offence>" to CR-1
    And it answers "unknown" to CR-2
    Then the obligation "tip-protocol/art-05-1/criminalise-trafficking" is "<status>"

    Examples:
      | offence      | status        |
      | none         | not_met       |
      | related_only | not_met       |
      | narrower     | partially_met |

  Scenario Outline: For a State not party to the Protocol the same status weighs less (art. 5(1))
    When it answers "<party>" to FW-1
    And it answers "<offence>" to CR-1
    Then the obligation "tip-protocol/art-05-1/criminalise-trafficking" is "<status>"
    And its priority is "<priority>"

    Examples:
      | party     | offence  | status        | priority |
      | party     | none     | not_met       | urgent   |
      | not_party | none     | not_met       | high     |
      | signatory | none     | not_met       | high     |
      | unknown   | none     | not_met       | urgent   |
      | party     | narrower | partially_met | high     |
      | not_party | narrower | partially_met | medium   |
