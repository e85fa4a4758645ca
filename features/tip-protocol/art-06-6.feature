Feature: Compensation for victims (Protocol art. 6(6))
  Trafficking in Persons Protocol, article 6, paragraph 6:
  "Each State Party shall ensure that its domestic legal system contains measures that offer
  victims of trafficking in persons the possibility of obtaining compensation for damage
  suffered."
  CO-1 asks whether the law offers a way (from the offender, from a State scheme, or both), CO-2
  whether every victim can use it (whatever their nationality or residence status, even after
  leaving the country), CO-3 whether victims were actually awarded and paid compensation. Any
  one way meets the letter of the article. A known shortfall decides even where another answer
  is missing.
  Covers: art. 6(6) (a way to compensation; open to every victim; obtained in practice).

  Background:
    Given a State that answers
      | question | answer             |
      | FW-1     | party              |
      | CO-1     | offender_and_state |
      | CO-2     | yes                |
      | CO-3     | yes                |

  Scenario: Every victim can claim compensation and victims receive it (art. 6(6))
    Then the obligation "tip-protocol/art-06-6/compensation" is "met"
    And its legal force is "shall"
    And its priority is "none"

  Scenario Outline: One way to compensation is enough for the article (art. 6(6))
    When it answers "<way>" to CO-1
    Then the obligation "tip-protocol/art-06-6/compensation" is "met"

    Examples:
      | way           |
      | offender_only |
      | state_only    |

  Scenario: A law that offers victims no way to compensation breaches a binding duty (art. 6(6))
    When it answers "none" to CO-1
    Then the obligation "tip-protocol/art-06-6/compensation" is "not_met"
    And its legal force is "shall"
    And its priority is "urgent"

  Scenario: Without a way to compensation, the other answers change nothing (art. 6(6))
    When it answers "none" to CO-1
    And it leaves CO-2 unanswered
    And it leaves CO-3 unanswered
    Then the obligation "tip-protocol/art-06-6/compensation" is "not_met"

  Scenario Outline: A way closed to some victims, or rarely used, is partly met (art. 6(6))
    When it answers "<answer>" to <question>
    Then the obligation "tip-protocol/art-06-6/compensation" is "partially_met"
    And its priority is "high"

    Examples:
      | question | answer    |
      | CO-2     | partially |
      | CO-2     | no        |
      | CO-3     | partially |
      | CO-3     | no        |

  Scenario Outline: A known shortfall decides even where another answer is missing (art. 6(6))
    When it answers "<shortfall>" to <known>
    And it answers "unknown" to <open>
    Then the obligation "tip-protocol/art-06-6/compensation" is "partially_met"

    Examples:
      | known | shortfall | open |
      | CO-2  | no        | CO-3 |
      | CO-3  | no        | CO-2 |

  Scenario Outline: An open answer on the way, who can use it or its use leaves the outcome undecided (art. 6(6))
    When it answers "unknown" to <question>
    Then the obligation "tip-protocol/art-06-6/compensation" is "insufficient_information"

    Examples:
      | question |
      | CO-1     |
      | CO-2     |
      | CO-3     |

  Scenario: An unanswered question on the way to compensation leaves the outcome undecided (art. 6(6))
    When it leaves CO-1 unanswered
    Then the obligation "tip-protocol/art-06-6/compensation" is "insufficient_information"

  Scenario Outline: For a State not party to the Protocol the same status weighs less (art. 6(6))
    When it answers "not_party" to FW-1
    And it answers "<answer>" to <question>
    Then the obligation "tip-protocol/art-06-6/compensation" is "<status>"
    And its priority is "<priority>"

    Examples:
      | question | answer | status        | priority |
      | CO-1     | none   | not_met       | high     |
      | CO-3     | no     | partially_met | medium   |
