Feature: Investigating trafficking in cyberspace and seizing electronic evidence (OP 10, with OP 9(b))
  Resolution 11/5, operative paragraph 10 (unofficial translation of the authentic French):
  "Calls upon States to intensify international cooperation, including for capacity-building,
  the exchange of best practices and expertise and technical assistance, in particular for
  developing countries, in order to strengthen their ability to prevent and combat all forms
  of trafficking in persons and to meet the particular needs of victims, including by
  supporting their development programmes and strengthening their criminal justice systems;"
  Resolution 11/5, operative paragraph 9(b) (unofficial translation of the authentic French),
  one of the things UNODC is asked to help requesting States with:
  "Strengthening the technological capacities of law enforcement services and competent
  national authorities so that they can conduct, where necessary and in a proportionate,
  lawful and accountable manner, investigations in cyberspace, including on the dark web, and
  seize the related electronic evidence;"
  OP 9(b) names the capacity; the force comes from OP 10, which calls upon States to
  strengthen criminal justice systems against trafficking: "calls_upon".
  One obligation, three answers read in turn: the powers to gather electronic evidence
  (PS-1), their safeguards (authorisation, necessity and proportionality, oversight: PS-2),
  and a unit or trained investigators able to use them online (PS-3). Without the powers the
  rest is not read; a known shortfall decides even where a later answer is missing.
  Covers: OP 10 (strengthening criminal justice systems), OP 9(b) (investigations in
  cyberspace, lawful and proportionate; seizure of electronic evidence).

  Background:
    Given a State that answers
      | question | answer |
      | PS-1     | yes    |
      | PS-2     | yes    |
      | PS-3     | yes    |

  Scenario: Safeguarded powers and the capacity to use them online is met (OP 10, OP 9(b))
    Then the obligation "res-11-5/op-10/cyber-investigation" is "met"
    And its legal force is "calls_upon"
    And its priority is "none"

  Scenario: No power to gather electronic evidence is not met, whatever the unit can do (OP 10, OP 9(b))
    When it answers "no" to PS-1
    Then the obligation "res-11-5/op-10/cyber-investigation" is "not_met"
    And its legal force is "calls_upon"
    And its priority is "high"

  Scenario Outline: Powers, safeguards and capacity, answer by answer (OP 10, OP 9(b))
    When it answers "<powers>" to PS-1
    And it answers "<safeguards>" to PS-2
    And it answers "<capacity>" to PS-3
    Then the obligation "res-11-5/op-10/cyber-investigation" is "<status>"

    Examples:
      | powers    | safeguards | capacity  | status                   |
      | unknown   | yes        | yes       | insufficient_information |
      | partially | yes        | yes       | partially_met            |
      | partially | unknown    | unknown   | partially_met            |
      | yes       | partially  | yes       | partially_met            |
      | yes       | no         | yes       | partially_met            |
      | yes       | no         | unknown   | partially_met            |
      | yes       | yes        | partially | partially_met            |
      | yes       | yes        | no        | partially_met            |
      | yes       | unknown    | no        | partially_met            |
      | yes       | unknown    | yes       | insufficient_information |
      | yes       | unknown    | unknown   | insufficient_information |
      | yes       | yes        | unknown   | insufficient_information |

  Scenario: Powers without judicial authorisation, proportionality and oversight are partly met (OP 9(b))
    When it answers "no" to PS-2
    Then the obligation "res-11-5/op-10/cyber-investigation" is "partially_met"
    And its priority is "medium"

  Scenario: A missing answer on the powers is never read as no power (OP 10, OP 9(b))
    When it leaves PS-1 unanswered
    Then the obligation "res-11-5/op-10/cyber-investigation" is "insufficient_information"

  Scenario: A missing answer on the safeguards leaves the outcome undecided (OP 9(b))
    When it leaves PS-2 unanswered
    Then the obligation "res-11-5/op-10/cyber-investigation" is "insufficient_information"

  Scenario: A missing answer on the online unit leaves the outcome undecided (OP 10, OP 9(b))
    When it leaves PS-3 unanswered
    Then the obligation "res-11-5/op-10/cyber-investigation" is "insufficient_information"
