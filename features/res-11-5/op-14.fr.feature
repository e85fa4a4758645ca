# language: fr
Fonctionnalité: La collecte et l'analyse de données sur la traite (paragraphe 14, avec le paragraphe 9 a))
  Résolution 11/5, paragraphe 14 du dispositif (texte authentique) :
  « Demande aux États d'améliorer la collecte et l'analyse de données sur la traite des
  personnes, conformément à la législation nationale et aux normes internationales pertinentes
  de l'Organisation des Nations Unies, afin d'améliorer les réponses fondées sur des données
  factuelles aux lacunes et aux difficultés rencontrées dans la mise en œuvre des obligations
  internationales et la réalisation des engagements internationaux en matière de traite des
  personnes, et invite l'Office des Nations Unies contre la drogue et le crime et les autres
  organismes concernés du système des Nations Unies à appuyer, selon les besoins, les États qui
  en font la demande ; »
  Résolution 11/5, paragraphe 9 a) (texte authentique), l'une des aides que l'ONUDC est prié
  d'apporter aux États qui la demandent :
  « Améliorer la capacité des autorités nationales de recueillir, ventiler et analyser des
  données et d'analyser de manière approfondie les tendances naissantes ; »
  Le paragraphe 9 a) nomme la capacité ; la force vient du paragraphe 14, « Demande » :
  « calls_upon ». L'invitation faite à l'ONUDC n'est pas vérifiée sur les réponses de l'État.
  Une obligation, trois réponses lues dans l'ordre : la collecte auprès de toutes les autorités
  concernées et la compilation nationale (DA-1), la ventilation par sexe, âge, nationalité et
  forme d'exploitation (DA-2), l'analyse, tendances naissantes comprises, et sa publication
  (DA-3). Sans collecte, la suite n'est pas lue ; une lacune connue décide de l'issue même
  lorsqu'une réponse suivante manque.
  Couvre : paragraphe 14 (collecte et analyse de données selon les normes des Nations Unies),
  paragraphe 9 a) (recueillir, ventiler et analyser des données ; tendances naissantes).

  Contexte:
    Étant donné un État qui répond
      | question | réponse |
      | DA-1     | yes     |
      | DA-2     | yes     |
      | DA-3     | yes     |

  Scénario: Des données recueillies auprès de toutes les autorités, ventilées, analysées et publiées : respectée (OP 14)
    Alors l'obligation « res-11-5/op-14/data-collection » est « respectée »
    Et sa force juridique est « calls_upon »
    Et sa priorité est « aucune »

  Scénario: Aucune donnée recueillie sur la traite : non respectée, quoi qu'il en soit du reste (OP 14)
    Quand il répond « no » à DA-1
    Alors l'obligation « res-11-5/op-14/data-collection » est « non respectée »
    Et sa force juridique est « calls_upon »
    Et sa priorité est « élevée »

  Plan du scénario: Collecte, ventilation et analyse, réponse par réponse (OP 14, OP 9(a))
    Quand il répond « <collecte> » à DA-1
    Et il répond « <ventilation> » à DA-2
    Et il répond « <analyse> » à DA-3
    Alors l'obligation « res-11-5/op-14/data-collection » est « <statut> »

    Exemples:
      | collecte  | ventilation | analyse   | statut                     |
      | unknown   | yes         | yes       | informations insuffisantes |
      | partially | yes         | yes       | partiellement respectée    |
      | partially | unknown     | unknown   | partiellement respectée    |
      | yes       | partially   | yes       | partiellement respectée    |
      | yes       | no          | yes       | partiellement respectée    |
      | yes       | no          | unknown   | partiellement respectée    |
      | yes       | yes         | partially | partiellement respectée    |
      | yes       | yes         | no        | partiellement respectée    |
      | yes       | unknown     | no        | partiellement respectée    |
      | yes       | unknown     | yes       | informations insuffisantes |
      | yes       | unknown     | unknown   | informations insuffisantes |
      | yes       | yes         | unknown   | informations insuffisantes |

  Scénario: Des données recueillies auprès d'une partie seulement des autorités (OP 14)
    Quand il répond « partially » à DA-1
    Alors l'obligation « res-11-5/op-14/data-collection » est « partiellement respectée »
    Et sa priorité est « moyenne »

  Scénario: Des données qui ne sont pas ventilées (OP 14, OP 9(a))
    Quand il répond « no » à DA-2
    Alors l'obligation « res-11-5/op-14/data-collection » est « partiellement respectée »

  Scénario: Des données qui ne sont ni analysées ni publiées (OP 14, OP 9(a))
    Quand il répond « no » à DA-3
    Alors l'obligation « res-11-5/op-14/data-collection » est « partiellement respectée »

  Scénario: Une réponse manquante sur la collecte n'est jamais lue comme un non (OP 14)
    Quand il laisse DA-1 sans réponse
    Alors l'obligation « res-11-5/op-14/data-collection » est « informations insuffisantes »
    Et sa priorité est « moyenne »

  Scénario: Sans réponse sur la ventilation, l'issue reste indécise (OP 14, OP 9(a))
    Quand il laisse DA-2 sans réponse
    Alors l'obligation « res-11-5/op-14/data-collection » est « informations insuffisantes »

  Scénario: Sans réponse sur l'analyse et la publication, l'issue reste indécise (OP 14, OP 9(a))
    Quand il laisse DA-3 sans réponse
    Alors l'obligation « res-11-5/op-14/data-collection » est « informations insuffisantes »
