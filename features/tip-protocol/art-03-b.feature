Feature: The victim's consent is irrelevant where a means was used (Protocol art. 3(b))
  Trafficking in Persons Protocol, article 3, subparagraph (b):
  "The consent of a victim of trafficking in persons to the intended exploitation set forth in
  subparagraph (a) of this article shall be irrelevant where any of the means set forth in
  subparagraph (a) have been used;"
  A rule of the definition that art. 5(1) makes criminal, and so a binding duty ("shall"): the
  obligation rests on art. 3(b) and art. 5(1). CR-3 asks whether consent is no defence.
  Covers: art. 3(b) (consent), read with art. 5(1).

  Background:
    Given a State that answers
      | question | answer |
      | FW-1     | party  |
      | CR-3     | yes    |

  Scenario: Consent is no defence where any means was used (art. 3(b))
    Then the obligation "tip-protocol/art-03-b/consent-irrelevant" is "met"
    And its legal force is "shall"
    And its priority is "none"

  Scenario: A law that lets consent be raised as a defence breaches a binding duty (art. 3(b))
    When it answers "no" to CR-3
    Then the obligation "tip-protocol/art-03-b/consent-irrelevant" is "not_met"
    And its legal force is "shall"
    And its priority is "urgent"

  Scenario: Consent irrelevant only for some means or some forms of exploitation is partly met (art. 3(b))
    When it answers "partially" to CR-3
    Then the obligation "tip-protocol/art-03-b/consent-irrelevant" is "partially_met"
    And its priority is "high"

  Scenario: Not knowing whether consent is a defence leaves the outcome undecided (art. 3(b))
    When it answers "unknown" to CR-3
    Then the obligation "tip-protocol/art-03-b/consent-irrelevant" is "insufficient_information"

  Scenario: An unanswered question on consent leaves the outcome undecided (art. 3(b))
    When it leaves CR-3 unanswered
    Then the obligation "tip-protocol/art-03-b/consent-irrelevant" is "insufficient_information"

  Scenario Outline: For a State not party to the Protocol the same status weighs less (art. 3(b))
    When it answers "not_party" to FW-1
    And it answers "<answer>" to CR-3
    Then the obligation "tip-protocol/art-03-b/consent-irrelevant" is "<status>"
    And its priority is "<priority>"

    Examples:
      | answer    | status        | priority |
      | no        | not_met       | high     |
      | partially | partially_met | medium   |
      | yes       | met           | none     |
