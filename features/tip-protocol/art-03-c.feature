Feature: Trafficking in children needs no means (Protocol art. 3(c) and 3(d))
  Trafficking in Persons Protocol, article 3, subparagraph (c):
  "The recruitment, transportation, transfer, harbouring or receipt of a child for the purpose
  of exploitation shall be considered “trafficking in persons” even if this does not involve
  any of the means set forth in subparagraph (a) of this article;"
  Article 3(d) defines a child as any person under eighteen years of age. A rule of the
  definition that art. 5(1) makes criminal, and so a binding duty ("shall"). CR-4 asks for whom
  no means must be proved: every child under 18, only younger children, or no child.
  Covers: art. 3(c) (child trafficking without means) and 3(d) (under 18), read with art. 5(1).

  Background:
    Given a State that answers
      | question | answer   |
      | FW-1     | party    |
      | CR-4     | under_18 |

  Scenario: Trafficking in any child under 18 is an offence without proof of a means (art. 3(c))
    Then the obligation "tip-protocol/art-03-c/child-trafficking" is "met"
    And its legal force is "shall"

  Scenario: A means to be proved even for a child breaches a binding duty (art. 3(c))
    When it answers "means_required" to CR-4
    Then the obligation "tip-protocol/art-03-c/child-trafficking" is "not_met"
    And its legal force is "shall"
    And its priority is "urgent"

  Scenario: Dispensing with the means only below an age under 18 is partly met (art. 3(c), 3(d))
    When it answers "lower_age" to CR-4
    Then the obligation "tip-protocol/art-03-c/child-trafficking" is "partially_met"
    And its priority is "high"

  Scenario: Not knowing whether a means must be proved for children leaves the outcome undecided (art. 3(c))
    When it answers "unknown" to CR-4
    Then the obligation "tip-protocol/art-03-c/child-trafficking" is "insufficient_information"

  Scenario: An unanswered question on children leaves the outcome undecided (art. 3(c))
    When it leaves CR-4 unanswered
    Then the obligation "tip-protocol/art-03-c/child-trafficking" is "insufficient_information"

  Scenario Outline: For a State not party to the Protocol the same status weighs less (art. 3(c))
    When it answers "<party>" to FW-1
    And it answers "means_required" to CR-4
    Then the obligation "tip-protocol/art-03-c/child-trafficking" is "not_met"
    And its priority is "<priority>"

    Examples:
      | party     | priority |
      | party     | urgent   |
      | signatory | high     |
      | not_party | high     |
