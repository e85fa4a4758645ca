# language: fr
Fonctionnalité: Incrimination de la traite des personnes (article 5, paragraphe 1, du Protocole, avec l'article 3, alinéa a))
  Protocole relatif à la traite des personnes, article 5, paragraphe 1 (traduction non
  officielle : libellé du Recueil systématique suisse, RS 0.311.542, non encore vérifié sur le
  Recueil des Traités des Nations Unies ; le texte anglais fait foi ici) :
  « Chaque État Partie adopte les mesures législatives et autres nécessaires pour conférer le
  caractère d'infraction pénale aux actes énoncés à l'article 3 du présent Protocole,
  lorsqu'ils ont été commis intentionnellement. »
  Les actes de l'article 3, alinéa a), réunissent trois éléments : un acte (recrutement,
  transport, transfert, hébergement ou accueil), un moyen (menace de recours ou recours à la
  force, contrainte, tromperie, abus d'une situation de vulnérabilité, etc.) et une fin
  d'exploitation, qui comprend au minimum l'exploitation de la prostitution d'autrui ou d'autres
  formes d'exploitation sexuelle, le travail ou les services forcés, l'esclavage ou les pratiques
  analogues, la servitude et le prélèvement d'organes.
  CR-1 demande si une telle infraction existe, CR-2 si elle couvre toutes les formes
  d'exploitation énumérées. Dès que l'infraction elle-même est insuffisante, ce qu'elle couvre ne
  décide plus rien.
  Couvre : article 5, paragraphe 1, avec l'article 3, alinéa a) (l'infraction et ses fins
  d'exploitation).

  Contexte:
    Étant donné un État qui répond
      | question | réponse |
      | FW-1     | party   |
      | CR-1     | full    |
      | CR-2     | yes     |

  Scénario: Une infraction réunissant les trois éléments et couvrant toutes les formes d'exploitation est respectée (art. 5(1))
    Alors l'obligation « tip-protocol/art-05-1/criminalise-trafficking » est « respectée »
    Et sa force juridique est « shall »
    Et sa priorité est « aucune »

  Plan du scénario: L'absence d'infraction de traite proprement dite manque à une obligation contraignante (art. 5(1))
    Quand il répond « <infraction> » à CR-1
    Alors l'obligation « tip-protocol/art-05-1/criminalise-trafficking » est « non respectée »
    Et sa force juridique est « shall »
    Et sa priorité est « urgente »

    Exemples:
      | infraction   |
      | none         |
      | related_only |

  Scénario: Une infraction plus étroite que la définition du Protocole est partiellement respectée (art. 5(1), art. 3(a))
    Quand il répond « narrower » à CR-1
    Alors l'obligation « tip-protocol/art-05-1/criminalise-trafficking » est « partiellement respectée »
    Et sa priorité est « élevée »

  Scénario: Une infraction qui omet une forme d'exploitation est partiellement respectée (art. 5(1), art. 3(a))
    Quand il répond « no » à CR-2
    Alors l'obligation « tip-protocol/art-05-1/criminalise-trafficking » est « partiellement respectée »

  Scénario: Sans réponse sur l'infraction, l'issue reste indécise (art. 5(1))
    Quand il laisse CR-1 sans réponse
    Alors l'obligation « tip-protocol/art-05-1/criminalise-trafficking » est « informations insuffisantes »

  Scénario: Sans savoir ce que couvre l'infraction complète, l'issue reste indécise (art. 5(1), art. 3(a))
    Quand il répond « unknown » à CR-2
    Alors l'obligation « tip-protocol/art-05-1/criminalise-trafficking » est « informations insuffisantes »

  Plan du scénario: Pour un État non partie au Protocole, le même statut pèse moins (art. 5(1))
    Quand il répond « <partie> » à FW-1
    Et il répond « none » à CR-1
    Alors l'obligation « tip-protocol/art-05-1/criminalise-trafficking » est « non respectée »
    Et sa priorité est « <priorité> »

    Exemples:
      | partie    | priorité |
      | party     | urgente  |
      | not_party | élevée   |
      | signatory | élevée   |
      | unknown   | urgente  |
