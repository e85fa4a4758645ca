Feature: Attempt, complicity, organizing and directing (Protocol art. 5(2))
  Trafficking in Persons Protocol, article 5, paragraph 2:
  "Each State Party shall also adopt such legislative and other measures as may be necessary
  to establish as criminal offences: (a) Subject to the basic concepts of its legal system,
  attempting to commit an offence established in accordance with paragraph 1 of this article;
  (b) Participating as an accomplice in an offence established in accordance with paragraph 1
  of this article; and (c) Organizing or directing other persons to commit an offence
  established in accordance with paragraph 1 of this article."
  CR-5 asks about attempt, CR-6 about complicity, CR-7 about organizing or directing. A legal
  system that knows no concept of attempt ("not_in_legal_system") is excused from (a): the
  words "subject to the basic concepts of its legal system". Met: all three covered. Not met:
  nothing required is covered. In between, partly met; a missing answer decides nothing once
  the known answers already show one form covered and another missing.
  Covers: art. 5(2)(a) attempt, (b) participation as an accomplice, (c) organizing or directing.

  Background:
    Given a State that answers
      | question | answer |
      | FW-1     | party  |
      | CR-5     | yes    |
      | CR-6     | yes    |
      | CR-7     | yes    |

  Scenario: Attempt, complicity and organizing or directing are all offences (art. 5(2))
    Then the obligation "tip-protocol/art-05-2/attempt-and-participation" is "met"
    And its legal force is "shall"
    And its priority is "none"

  Scenario: A legal system without the concept of attempt is excused from it (art. 5(2)(a))
    When it answers "not_in_legal_system" to CR-5
    Then the obligation "tip-protocol/art-05-2/attempt-and-participation" is "met"

  Scenario: None of the three is an offence: a binding duty not met (art. 5(2))
    When it answers "no" to CR-5
    And it answers "no" to CR-6
    And it answers "no" to CR-7
    Then the obligation "tip-protocol/art-05-2/attempt-and-participation" is "not_met"
    And its legal force is "shall"
    And its priority is "urgent"

  Scenario Outline: Each form left out makes the obligation partly met (art. 5(2))
    When it answers "<answer>" to <question>
    Then the obligation "tip-protocol/art-05-2/attempt-and-participation" is "partially_met"
    And its priority is "high"

    Examples:
      | question | answer    |
      | CR-5     | no        |
      | CR-6     | no        |
      | CR-6     | partially |
      | CR-7     | no        |
      | CR-7     | partially |

  Scenario Outline: Each unknown form leaves the outcome undecided (art. 5(2))
    When it answers "unknown" to <question>
    Then the obligation "tip-protocol/art-05-2/attempt-and-participation" is "insufficient_information"

    Examples:
      | question |
      | CR-5     |
      | CR-6     |
      | CR-7     |

  Scenario: An unanswered question on complicity leaves the outcome undecided (art. 5(2)(b))
    When it leaves CR-6 unanswered
    Then the obligation "tip-protocol/art-05-2/attempt-and-participation" is "insufficient_information"

  Scenario: For a State not party to the Protocol the same gap weighs as a recommendation (art. 5(2))
    When it answers "not_party" to FW-1
    And it answers "no" to CR-5
    And it answers "no" to CR-6
    And it answers "no" to CR-7
    Then the obligation "tip-protocol/art-05-2/attempt-and-participation" is "not_met"
    And its priority is "high"

  # The decision table has nineteen rows; the rows below reach every one of them.
  # CR-5: yes, no, not_in_legal_system, unknown; CR-6 and CR-7: yes, partially, no, unknown.

  Scenario Outline: Attempt, complicity and organizing or directing, read together (art. 5(2)(a)-(c))
    When it answers "<CR-5>" to CR-5
    And it answers "<CR-6>" to CR-6
    And it answers "<CR-7>" to CR-7
    Then the obligation "tip-protocol/art-05-2/attempt-and-participation" is "<status>"

    Examples: All three covered, or none
      | CR-5                | CR-6 | CR-7 | status  |
      | yes                 | yes  | yes  | met     |
      | not_in_legal_system | yes  | yes  | met     |
      | no                  | no   | no   | not_met |
      | not_in_legal_system | no   | no   | not_met |

    Examples: One form only partly an offence
      | CR-5    | CR-6      | CR-7      | status        |
      | unknown | partially | unknown   | partially_met |
      | no      | partially | no        | partially_met |
      | yes     | yes       | partially | partially_met |
      | unknown | no        | partially | partially_met |

    Examples: One form covered and another missing, whatever else is unknown
      | CR-5                | CR-6    | CR-7    | status        |
      | yes                 | no      | unknown | partially_met |
      | yes                 | unknown | no      | partially_met |
      | no                  | yes     | unknown | partially_met |
      | no                  | unknown | yes     | partially_met |
      | not_in_legal_system | yes     | no      | partially_met |
      | unknown             | yes     | no      | partially_met |
      | not_in_legal_system | no      | yes     | partially_met |
      | unknown             | no      | yes     | partially_met |

    Examples: Nothing known is missing, or nothing known is covered, and an answer is open
      | CR-5                | CR-6    | CR-7    | status                   |
      | unknown             | yes     | yes     | insufficient_information |
      | unknown             | unknown | unknown | insufficient_information |
      | unknown             | no      | no      | insufficient_information |
      | unknown             | no      | unknown | insufficient_information |
      | unknown             | unknown | no      | insufficient_information |
      | yes                 | unknown | yes     | insufficient_information |
      | not_in_legal_system | unknown | no      | insufficient_information |
      | no                  | unknown | no      | insufficient_information |
      | yes                 | yes     | unknown | insufficient_information |
      | not_in_legal_system | no      | unknown | insufficient_information |
      | no                  | no      | unknown | insufficient_information |
