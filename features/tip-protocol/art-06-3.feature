Feature: Assistance for the recovery of victims (Protocol art. 6(3))
  Trafficking in Persons Protocol, article 6, paragraph 3:
  "Each State Party shall consider implementing measures to provide for the physical,
  psychological and social recovery of victims of trafficking in persons, including, in
  appropriate cases, in cooperation with non-governmental organizations, other relevant
  organizations and other elements of civil society, and, in particular, the provision of:
  (a) Appropriate housing; (b) Counselling and information, in particular as regards their
  legal rights, in a language that the victims of trafficking in persons can understand;
  (c) Medical, psychological and material assistance; and (d) Employment, educational and
  training opportunities."
  "Shall consider": a duty the Protocol leaves to the parties' judgment ("shall_consider"), so a
  gap is less urgent than a breach of a plain "shall".
  AS-1 asks whether law or policy provide the four forms of assistance, AS-2 whether the State
  cooperates with civil society to assist victims, AS-3 whether every identified victim receives
  the assistance in practice. A known shortfall decides even where another answer is missing;
  practice is read only where the measures are in place.
  Covers: art. 6(3) (measures (a) to (d); cooperation with civil society; reach in practice).

  Background:
    Given a State that answers
      | question | answer |
      | FW-1     | party  |
      | AS-1     | yes    |
      | AS-2     | yes    |
      | AS-3     | yes    |

  Scenario: Every form of assistance, with civil society, reaching every victim, is met (art. 6(3))
    Then the obligation "tip-protocol/art-06-3/assistance" is "met"
    And its legal force is "shall_consider"
    And its priority is "none"

  Scenario: Neither measures for recovery nor cooperation with civil society is not met (art. 6(3))
    When it answers "no" to AS-1
    And it answers "no" to AS-2
    Then the obligation "tip-protocol/art-06-3/assistance" is "not_met"
    And its legal force is "shall_consider"
    And its priority is "medium"

  Scenario Outline: Each shortfall in the measures, the cooperation or their reach is partly met (art. 6(3))
    When it answers "<answer>" to <question>
    Then the obligation "tip-protocol/art-06-3/assistance" is "partially_met"
    And its priority is "low"

    Examples:
      | question | answer    |
      | AS-1     | no        |
      | AS-1     | partially |
      | AS-2     | no        |
      | AS-2     | partially |
      | AS-3     | no        |
      | AS-3     | partially |

  Scenario Outline: Each open answer leaves the outcome undecided (art. 6(3))
    When it answers "unknown" to <question>
    Then the obligation "tip-protocol/art-06-3/assistance" is "insufficient_information"

    Examples:
      | question |
      | AS-1     |
      | AS-2     |
      | AS-3     |

  Scenario: An unanswered question on the measures leaves the outcome undecided (art. 6(3))
    When it leaves AS-1 unanswered
    Then the obligation "tip-protocol/art-06-3/assistance" is "insufficient_information"

  Scenario Outline: For a State not party to the Protocol the same status weighs less (art. 6(3))
    When it answers "<party>" to FW-1
    And it answers "no" to AS-1
    And it answers "no" to AS-2
    Then the obligation "tip-protocol/art-06-3/assistance" is "not_met"
    And its priority is "<priority>"

    Examples:
      | party     | priority |
      | party     | medium   |
      | not_party | low      |
      | signatory | low      |
      | unknown   | medium   |

  # The decision table has fourteen rows; the rows below reach every one of them.

  Scenario Outline: Measures, cooperation with civil society and practice, read together (art. 6(3))
    When it answers "<AS-1>" to AS-1
    And it answers "<AS-2>" to AS-2
    And it answers "<AS-3>" to AS-3
    Then the obligation "tip-protocol/art-06-3/assistance" is "<status>"

    Examples: Assistance in place and reaching victims, or neither measures nor cooperation
      | AS-1 | AS-2 | AS-3 | status  |
      | yes  | yes  | yes  | met     |
      | no   | no   | yes  | not_met |
      | no   | no   | no   | not_met |

    Examples: A known shortfall, whatever else is unknown
      | AS-1      | AS-2      | AS-3      | status        |
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
      | AS-1    | AS-2    | AS-3    | status                   |
      | no      | unknown | yes     | insufficient_information |
      | unknown | no      | yes     | insufficient_information |
      | unknown | unknown | no      | insufficient_information |
      | unknown | yes     | yes     | insufficient_information |
      | unknown | yes     | unknown | insufficient_information |
      | yes     | unknown | yes     | insufficient_information |
      | yes     | unknown | unknown | insufficient_information |
      | yes     | yes     | unknown | insufficient_information |
