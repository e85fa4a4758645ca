Feature: International cooperation mechanisms and the exchange of information on technology (OP 11, with OP 10 and OP 9(d))
  Resolution 11/5, operative paragraph 11 (unofficial translation of the authentic French):
  "Also calls upon States to intensify international cooperation and to establish bilateral,
  subregional, regional and international cooperation mechanisms and initiatives, in
  particular in the areas of capacity-building, the exchange of best practices and specialized
  knowledge and technical assistance, in order to prevent all forms of trafficking and meet
  the needs of victims, including by supporting development programmes and strengthening
  criminal justice systems;"
  Resolution 11/5, operative paragraph 9(d) (unofficial translation of the authentic French),
  one of the things UNODC is asked to help requesting States with:
  "Strengthening cooperation to identify and exchange information on the misuse of the
  Internet and of information and communications technologies to facilitate trafficking in
  persons and the recruitment, control and exploitation of victims, in particular women and
  children, and to transfer funds connected with that crime;"
  OP 10 asks the same intensified cooperation as OP 11. OP 9(d) names a cooperation; the force
  comes from OP 11: both obligations are "calls_upon".
  Two obligations: "cooperation-mechanisms" (agreements or arrangements with the main partner
  countries, IC-2; capacity-building and exchanges in the reporting period, IC-3) and
  "ict-information-exchange" (a legal basis and a contact point for rapid exchange of
  electronic information, IC-12; information actually exchanged on the misuse of technology,
  IC-13). In each, a known shortfall decides even where the other answer is missing.
  Covers: OP 11 and OP 10 (cooperation mechanisms and initiatives; capacity-building,
  exchange of practice and expertise), OP 11 with OP 9(d) (exchange of information on the
  misuse of information and communications technologies).

  Background:
    Given a State that answers
      | question | answer |
      | IC-2     | yes    |
      | IC-3     | yes    |
      | IC-12    | yes    |
      | IC-13    | yes    |

  Scenario: Agreements used for exchanges, and a rapid channel for electronic information that is used, are met (OP 11)
    Then the obligation "res-11-5/op-11/cooperation-mechanisms" is "met"
    And its legal force is "calls_upon"
    And the obligation "res-11-5/op-11/ict-information-exchange" is "met"
    And its legal force is "calls_upon"

  # --- OP 11 with OP 10: cooperation mechanisms, capacity-building, exchanges ---------------

  Scenario: No cooperation agreement and no exchange with other States is not met (OP 11)
    When it answers "no" to IC-2
    And it answers "no" to IC-3
    Then the obligation "res-11-5/op-11/cooperation-mechanisms" is "not_met"
    And its legal force is "calls_upon"
    And its priority is "high"

  Scenario Outline: Cooperation agreements and exchanges, answer by answer (OP 11)
    When it answers "<agreements>" to IC-2
    And it answers "<exchanges>" to IC-3
    Then the obligation "res-11-5/op-11/cooperation-mechanisms" is "<status>"

    Examples:
      | agreements | exchanges | status                   |
      | no         | yes       | partially_met            |
      | no         | partially | partially_met            |
      | no         | unknown   | insufficient_information |
      | yes        | no        | partially_met            |
      | partially  | no        | partially_met            |
      | unknown    | no        | insufficient_information |
      | partially  | yes       | partially_met            |
      | partially  | unknown   | partially_met            |
      | yes        | partially | partially_met            |
      | unknown    | partially | partially_met            |
      | yes        | unknown   | insufficient_information |
      | unknown    | yes       | insufficient_information |
      | unknown    | unknown   | insufficient_information |

  Scenario: Agreements that led to no exchange in the period are partly met, of medium priority (OP 11)
    When it answers "no" to IC-3
    Then the obligation "res-11-5/op-11/cooperation-mechanisms" is "partially_met"
    And its priority is "medium"

  Scenario: A missing answer on exchanges leaves the outcome undecided (OP 11)
    When it leaves IC-3 unanswered
    Then the obligation "res-11-5/op-11/cooperation-mechanisms" is "insufficient_information"

  Scenario: A missing answer on agreements leaves the outcome undecided (OP 11)
    When it leaves IC-2 unanswered
    Then the obligation "res-11-5/op-11/cooperation-mechanisms" is "insufficient_information"

  # --- OP 11 with OP 9(d): exchange of information on the misuse of technology -------------

  Scenario: No channel for rapid exchange and no information exchanged is not met (OP 11, OP 9(d))
    When it answers "no" to IC-12
    And it answers "no" to IC-13
    Then the obligation "res-11-5/op-11/ict-information-exchange" is "not_met"
    And its legal force is "calls_upon"
    And its priority is "high"

  Scenario Outline: A channel for rapid exchange and its use, answer by answer (OP 11, OP 9(d))
    When it answers "<channel>" to IC-12
    And it answers "<exchanged>" to IC-13
    Then the obligation "res-11-5/op-11/ict-information-exchange" is "<status>"

    Examples:
      | channel   | exchanged | status                   |
      | no        | yes       | partially_met            |
      | no        | partially | partially_met            |
      | no        | unknown   | insufficient_information |
      | yes       | no        | partially_met            |
      | partially | no        | partially_met            |
      | unknown   | no        | insufficient_information |
      | partially | yes       | partially_met            |
      | partially | unknown   | partially_met            |
      | yes       | partially | partially_met            |
      | unknown   | partially | partially_met            |
      | yes       | unknown   | insufficient_information |
      | unknown   | yes       | insufficient_information |
      | unknown   | unknown   | insufficient_information |

  Scenario: Information exchanged without a legal basis or contact point is partly met (OP 11, OP 9(d))
    When it answers "no" to IC-12
    Then the obligation "res-11-5/op-11/ict-information-exchange" is "partially_met"
    And its priority is "medium"

  Scenario: A missing answer on what was exchanged leaves the outcome undecided (OP 11, OP 9(d))
    When it leaves IC-13 unanswered
    Then the obligation "res-11-5/op-11/ict-information-exchange" is "insufficient_information"

  Scenario: A missing answer on the channel leaves the outcome undecided (OP 11, OP 9(d))
    When it leaves IC-12 unanswered
    Then the obligation "res-11-5/op-11/ict-information-exchange" is "insufficient_information"

  Scenario: The two obligations are judged apart: agreements without a rapid channel (OP 11)
    When it answers "no" to IC-12
    And it answers "no" to IC-13
    Then the obligation "res-11-5/op-11/cooperation-mechanisms" is "met"
    And the obligation "res-11-5/op-11/ict-information-exchange" is "not_met"
