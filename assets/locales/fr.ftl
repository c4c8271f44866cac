# Heartpath : tous les mots qu'une personne lit, en français.
# Gardez des phrases courtes et simples : un test de l'hôte échoue pour toute étape au-dessus du niveau de lecture 6.
# Les textes des étapes peuvent choisir les mots selon le cas du patient :
#   $access = wrist | groin, $artery = lad | circumflex | rca,
#   $treatment = stent | balloon, $urgency = planned | emergency.

app-name = Heartpath
app-tagline = L'angioplastie coronaire (ICP), étape par étape

## Le parcours

step-heart-title = Votre cœur et ses artères
step-heart-text = { $urgency ->
        [emergency] Votre cœur est un muscle fort. Lui aussi a besoin de sang. De petits tubes appelés artères coronaires lui apportent ce sang. Lors d'une crise cardiaque, une de ces artères se bouche complètement. Alors l'équipe agit vite pour la rouvrir.
       *[planned] Votre cœur est un muscle fort. Lui aussi a besoin de sang. De petits tubes appelés artères coronaires lui apportent ce sang. Dans une de ces artères, un dépôt de graisse appelé plaque la rend plus étroite. Moins de sang passe. Cela peut donner une douleur dans la poitrine (appelée angine de poitrine) ou du mal à respirer.
    }

step-ready-title = Se préparer
step-ready-text = Vous allez dans une salle appelée salle de cathétérisme. Vous ne dormez pas, et on peut vous donner un médicament pour vous aider à vous détendre. Avec une petite aiguille, l'équipe fait une anesthésie locale sur la peau de votre { $access ->
        [groin] aine
       *[wrist] poignet
    }. Puis elle met un tube court et fin, appelé gaine, dans l'artère à cet endroit.

step-ready-note = Du début à la fin, cela dure le plus souvent de 30 minutes à 2 heures.

step-travel-title = Le tube va jusqu'à votre cœur
step-travel-text = Un long tube souple et fin, appelé cathéter, passe par la gaine. Le médecin le guide { $access ->
        [groin] en remontant dans votre corps
       *[wrist] le long de votre bras
    } jusqu'à votre cœur. Il regarde sur un écran de radio. Vous ne le sentirez pas bouger en vous.

step-pictures-title = Des images de vos artères
step-pictures-text = Le médecin met un produit, appelé produit de contraste, dans le cathéter. Ce produit se voit sur les images de radio. Ces images s'appellent une coronarographie. Vous pouvez avoir chaud un court moment, c'est normal. Les images montrent où l'artère est { $urgency ->
        [emergency] bouchée.
       *[planned] rétrécie.
    }

step-pictures-note = { $urgency ->
        [emergency] L'équipe peut aussi utiliser d'autres outils pour aider votre cœur à pomper ou à garder un rythme régulier.
       *[planned] { $treatment ->
            [angiogram] Parfois, le médecin traite tout de suite une partie rétrécie, pendant que le tube est en place. Demandez à votre équipe si cela peut vous arriver.
           *[other] Si vous deviez avoir seulement des images, le médecin peut aussi traiter la partie rétrécie. Le tube est déjà en place, donc cela peut se faire tout de suite.
        }
    }

step-wire-title = { $urgency ->
        [emergency] Un fil fin passe à travers la partie bouchée
       *[planned] Un fil fin passe à travers la partie rétrécie
    }
step-wire-text = Ensuite, un fil très fin passe dans le cathéter. Le médecin le guide doucement à travers la partie { $urgency ->
        [emergency] bouchée
       *[planned] rétrécie
    }, puis un peu plus loin. Le fil sert de guide pour la suite.

step-balloon-title = Un ballon élargit l'artère
step-balloon-text = { $urgency ->
        [emergency] Un tout petit ballon glisse le long du fil jusqu'à la partie bouchée. Le médecin le gonfle pour qu'il grossisse. Le ballon écrase ce qui bouche l'artère contre la paroi de l'artère. Puis le ballon est dégonflé et retiré.
       *[planned] Un tout petit ballon glisse le long du fil jusqu'à la partie rétrécie. Le médecin le gonfle pour qu'il grossisse. Le ballon écrase la plaque contre la paroi de l'artère. Puis le ballon est dégonflé et retiré.
    }
step-balloon-safety = Vous pouvez avoir mal à la poitrine un court moment. Dites-le tout de suite à l'équipe.

step-balloon-note = Certaines personnes ont plus d'une partie rétrécie. Le médecin peut alors en traiter plusieurs.

step-stent-title = Un stent garde l'artère ouverte
step-stent-text = Un stent est un petit tube en grillage de métal. Il est plié sur un ballon. Quand on gonfle le ballon, le stent s'ouvre et s'appuie contre la paroi de l'artère. Le ballon est dégonflé et retiré, mais le stent reste là pour garder l'artère ouverte.


step-flow-title = Le sang circule bien de nouveau
step-flow-text = Maintenant, le sang peut bien circuler jusqu'à votre cœur. Le médecin regarde une dernière fois avec des images de radio. Puis on retire le fil et les tubes{ $access ->
        [groin] . L'équipe appuie sur votre aine ou met un petit bouchon. Vous restez à plat sur le lit pendant quelques heures.
       *[wrist] , et on met un bracelet serré à votre poignet pour arrêter le saignement. L'équipe le desserre petit à petit, pendant environ 2 heures.
    }

step-results-title = Ce que montrent les images
step-results-text = Le médecin retire les tubes{ $access ->
        [groin] , et l'équipe appuie sur votre aine ou met un petit bouchon pour arrêter le saignement.
       *[wrist] , et on met un bracelet serré à votre poignet pour arrêter le saignement.
    } Ensuite, votre équipe vous explique ce que montrent les images. Elle vous dit les choix possibles, et pourquoi. Ce peut être des médicaments, un ballon et un stent, ou une opération du cœur appelée pontage.

step-after-title = Après votre intervention
step-after-text = { $urgency ->
        [emergency] Après une crise cardiaque, vous restez plus longtemps. La plupart des gens restent à l'hôpital 2 ou 3 jours.
       *[planned] La plupart des gens rentrent chez eux le jour même ou le lendemain.
    } { $treatment ->
        [angiogram] Votre équipe vous dira si vous avez besoin de nouveaux médicaments, et ce qui se passe ensuite.
        [stent] Vous prendrez des médicaments qui empêchent les caillots de sang de se former sur le stent. Prenez-les exactement comme votre équipe vous le dit.
       *[balloon] Vous prendrez des médicaments qui empêchent les caillots de sang de se former. Prenez-les exactement comme votre équipe vous le dit.
    }
step-after-safety = { $treatment ->
        [angiogram] N'arrêtez jamais un médicament sans demander à votre équipe.
       *[other] N'arrêtez jamais ces médicaments sans demander à votre cardiologue.
    } Si l'endroit où le tube est entré saigne à la maison, appuyez fort dessus. Puis appelez { $emergency }.

## Dit une seule fois, à la première étape, pour toutes les tailles d'écran
note-lead = Bon à savoir :
procedure-name = { $treatment ->
        [angiogram] Ce guide vous montre une coronarographie. C'est une série d'images de radio de votre cœur et de ses artères.
        [balloon] Ce guide vous montre une angioplastie coronaire. On l'appelle aussi ICP, en plus court.
       *[stent] Ce guide vous montre une angioplastie coronaire. On l'appelle aussi ICP, ou pose de stent.
    }

## Les points principaux, à la fin du parcours
main-points-title = Les points principaux
main-point-what = Un tube fin va jusqu'à votre cœur. { $treatment ->
        [angiogram] Un produit de contraste montre vos artères sur des images de radio, et votre équipe vous en parle.
        [stent] Un tout petit ballon et un stent ouvrent l'artère { $urgency ->
                [emergency] bouchée
               *[planned] rétrécie
            }.
       *[balloon] Un tout petit ballon ouvre l'artère { $urgency ->
                [emergency] bouchée
               *[planned] rétrécie
            }.
    }
main-point-feel = { $treatment ->
        [angiogram] Vous ne dormez pas. Vous pouvez avoir chaud un court moment quand le produit entre.
       *[other] Vous ne dormez pas. Vous pouvez avoir mal à la poitrine un court moment. Dites-le à l'équipe.
    }
main-point-medicines = Prenez vos médicaments tous les jours. Ne les arrêtez jamais, sauf si votre équipe vous le dit.
main-point-help = À la maison : si l'endroit où le tube est entré saigne, appuyez fort dessus et appelez { $emergency }. Si la douleur dans la poitrine ne passe pas au repos, appelez { $emergency }.

app-failed = Désolé, quelque chose n'a pas marché. Rechargez la page. Si cela arrive encore, demandez une fiche imprimée à votre équipe de cardiologie.

## Toujours dit
ask-team = Des questions ? Demandez à votre équipe de cardiologie. Elle connaît votre cas.

## Mots sur l'image
label-heart = Cœur
label-artery = { $artery ->
        [circumflex] Artère du côté
        [rca] Artère droite
       *[lad] Artère de devant
    }
label-plaque = Plaque
label-blockage = Zone bouchée
label-site = { $access ->
        [groin] Aine
       *[wrist] Poignet
    }
label-numbing = Anesthésie locale
label-sheath = Gaine
label-catheter = Cathéter
label-aorta = Grosse artère
label-dye = Produit de contraste
label-narrowing = { $urgency ->
        [emergency] Zone bouchée
       *[planned] Zone rétrécie
    }
label-wire = Fil
label-balloon = Ballon
label-stent = Stent
label-blood-flow = Sang qui circule
label-band = { $access ->
        [groin] Compresse
       *[wrist] Bracelet
    }
label-medicines = Médicaments
label-home = Maison

## « Votre intervention » : régler l'intervention propre à ce patient
setup-open = Votre intervention
setup-title = Votre intervention
setup-intro = Choisissez ce que votre équipe prévoit pour vous. Les images et les mots changent pour aller avec.
sheet-done = Terminé
setup-access = Où entre le tube
choice-access-wrist = Poignet
choice-access-groin = Aine (haut de la cuisse)
setup-artery = Quelle artère est rétrécie
choice-artery-lad = Devant du cœur (IVA)
choice-artery-circumflex = Côté gauche (circonflexe)
choice-artery-rca = Côté droit (coronaire droite)
setup-treatment = Ce qui est fait
choice-treatment-stent = Ballon et stent
choice-treatment-balloon = Ballon seul
choice-treatment-angiogram = Images seules (coronarographie)
setup-urgency = Quand
choice-urgency-planned = Prévue à l'avance
choice-urgency-emergency = Urgence (crise cardiaque)

## « Remettre au patient » : le lien vers ce guide, à emporter chez soi
handover-open = Remettre au patient
handover-title = Remettre au patient
handover-intro = Scannez le code avec l'appareil photo d'un téléphone, ou copiez le lien, pour revoir ce guide à la maison.
handover-qr = Un code à scanner avec l'appareil photo d'un téléphone. Il ouvre le même lien que ci-dessous.
handover-link = Le lien
handover-copy = Copier le lien
handover-copied = Copié
handover-share = Partager
handover-print = Imprimer une fiche
handover-private = Le lien contient seulement les choix pour votre intervention et l'étape. Il ne contient rien sur vous.

## Mode présentation
present-tools = Présentation
present-start = Présenter
present-hide-words = Cacher les mots
present-show-words = Montrer les mots
present-larger = Mots plus grands
present-stop = Arrêter la présentation

## Montrer et dessiner sur l'image
ink-tools = Outils de dessin
ink-pen = Dessiner
ink-laser = Montrer
ink-colour-purple = Stylo violet
ink-colour-green = Stylo vert
ink-colour-orange = Stylo orange
ink-undo = Annuler
ink-clear = Effacer

language-label = Langue

## Commandes
panel-more = Suite plus bas
control-previous = Étape précédente
control-next = Étape suivante
control-play = Lire
control-pause = Pause
control-replay = Revoir cette étape
control-step-of = Étape { $number } sur { $total }
control-go-to = Aller à l'étape { $number } : { $title }
control-scrub = Temps dans cette étape
control-speed = Vitesse
control-speed-slow = Plus lent
control-speed-normal = Normal
control-speed-fast = Plus rapide
control-auto = Tout lire
control-steps = Étapes

## Messages
link-unknown = Nous n'avons pas trouvé cette partie du guide. Nous avons donc commencé au début.
link-close = Fermer ce message

## A newer version of the guide, installed beside the running one
update-ready = Une nouvelle version de ce guide est prête. Rien ne change tant que vous ne choisissez pas.
update-reload = Utiliser la nouvelle version
update-later = Plus tard

## The picture, for screen readers: its name, and what it shows in each step.
stage-label = Image : { $title }
step-heart-shows = Le cœur et ses artères. Un anneau marque l'endroit, et un gros plan rond montre { $urgency ->
        [emergency] un caillot qui bouche l'artère.
       *[planned] un dépôt de graisse qui rend l'artère étroite.
    }
step-ready-shows = { $access ->
        [groin] L'aine
       *[wrist] Le poignet
    }. Avec une petite aiguille, on fait une anesthésie locale de la peau. Puis un tube court entre dans l'artère.
step-travel-shows = Tout le corps. Un tube fin va { $access ->
        [groin] de l'aine
       *[wrist] du poignet
    } jusqu'au cœur.
step-pictures-shows = Une image de radio du cœur. Le produit de contraste remplit les artères et montre la partie { $urgency ->
        [emergency] bouchée.
       *[planned] rétrécie.
    }
step-wire-shows = Une vue dans l'artère. Un fil fin passe à travers la partie { $urgency ->
        [emergency] bouchée.
       *[planned] rétrécie.
    }
step-balloon-shows = Dans l'artère. Un ballon se gonfle dans la partie { $urgency ->
        [emergency] bouchée. Il écrase le caillot et la plaque contre la paroi.
       *[planned] rétrécie. Il écrase la plaque contre la paroi.
    }
step-stent-shows = Dans l'artère. Un stent s'ouvre sur un ballon. Le ballon est retiré, et le stent reste.
step-flow-shows = Le sang passe de nouveau bien dans l'artère élargie. Puis on retire les tubes, et { $access ->
        [groin] une compresse appuie sur l'aine.
       *[wrist] on met un bracelet au poignet.
    }
step-results-shows = L'image de radio s'efface. On retire les tubes, et { $access ->
        [groin] une compresse appuie sur l'aine.
       *[wrist] on met un bracelet au poignet.
    }
step-after-shows = Tout le corps, avec une marque sur l'endroit traité. Des médicaments et une maison montrent le retour à la maison.
## Said once when the step changes (screen readers).
step-announce = Étape { $number } sur { $total } : { $title }

## Reading aloud, and how the page looks
voice-toggle = Lire à voix haute
voice-no-speech = Ce navigateur ne peut pas lire les mots à voix haute. Vous pouvez quand même les lire ici.
voice-no-voice = Cet appareil n'a pas de voix pour cette langue. Vous pouvez quand même lire les mots ici.
display-open = Affichage
display-title = Texte, couleurs et mouvement
display-text-size = Taille du texte
display-text-normal = Normale
display-text-large = Grande
display-text-larger = Plus grande
display-theme = Couleurs
display-theme-system = Comme mon appareil
display-theme-light = Clair
display-theme-dark = Sombre
display-motion = Images
display-motion-moving = Animées
display-motion-still = Images fixes
display-read-aloud = Lire les mots à voix haute

## Pages à côté du parcours. Les numéros de la clinique sont des variables, remplies à partir des réglages de la clinique :
##   $emergency (par défaut : default-emergency), $hospital (par défaut : default-hospital).
default-emergency = le numéro d'urgence
default-hospital = votre hôpital, au numéro écrit sur la lettre reçue à votre sortie
clinic-hospital-named = { $name } au { $phone }
clinic-hospital = votre hôpital au { $phone }
sources = Nos informations viennent du NHS, de la British Heart Foundation et de la Mayo Clinic.
nav-title = Plus pour vous
nav-more = En savoir plus sur votre intervention
nav-label = Pages sur l'avant et l'après de votre intervention
page-back = Retour au guide
page-of-guide = Guide Heartpath

page-before-title = Avant le jour de l'intervention
page-before-intro = Votre équipe vous dira comment vous préparer. Voici ce qu'il faut faire.
page-before-food = Suivez les conseils de votre équipe pour manger et boire. Souvent, vous ne mangez et ne buvez rien pendant 6 à 8 heures avant. Vous pouvez prendre vos médicaments habituels avec un peu d'eau, si l'équipe le dit.
page-before-medicines = Apportez tous vos médicaments, et votre spray contre la douleur dans la poitrine si vous en avez un. Votre équipe peut vous demander d'arrêter ou de changer certains médicaments pendant peu de temps. Ce peut être un médicament pour le diabète ou pour rendre le sang plus fluide.
page-before-allergies = Parlez à l'équipe de toutes vos allergies. Dites-lui si vous avez déjà mal réagi au produit de contraste des radios.
page-before-ride = Demandez à quelqu'un de vous ramener chez vous. Vous ne devez pas conduire pour rentrer.
page-before-tests-heading = D'abord, des examens
page-before-tests = Vous aurez souvent des examens avant le jour de l'intervention. Ce peut être des prises de sang, un examen des battements du cœur appelé ECG, et parfois une radio de la poitrine.
page-before-emergency = Lors d'une crise cardiaque, l'équipe agit vite pour ouvrir l'artère. Il n'y a donc pas le temps de se préparer à la maison. Cette page est pour les personnes dont l'intervention est prévue à l'avance.
page-before-emergency-tell = Si vous pouvez, dites à l'équipe quels médicaments vous prenez. Parlez-lui de vos allergies, surtout au produit de contraste des radios.
safety-never-stop = N'arrêtez jamais un médicament de vous-même. Demandez d'abord à votre équipe.

page-risks-title = Risques
page-risks-intro = { $urgency ->
        [emergency] Tout traitement a des risques. Voici ce qui arrive sur 100 personnes, quand on le sait.
       *[planned] La plupart des gens n'ont pas de problème grave. Mais tout traitement a des risques. Les voici, montrés comme ce qui arrive sur 100 personnes comme vous.
    }
risk-bruising-words = Un bleu ou un saignement à l'endroit où le tube est entré, c'est fréquent.
risk-bruising-number = Cela arrive à plus de { $count } personnes sur 100. C'est plus de 1 personne sur { $one_in }.
risk-bruising-picture = 100 personnes. Plus de { $count } d'entre elles ont un bleu ou un saignement à l'endroit où le tube est entré.
risk-serious-words = Les problèmes graves sont rares.
risk-serious-number = Ce sont une crise cardiaque, un AVC ou le décès. Si votre intervention est prévue à l'avance, moins de { $count } personnes sur 100 en ont un. Plus de { $others } sur 100 n'en ont pas.
risk-serious-picture = 100 personnes. Moins de { $count } d'entre elles a un problème grave. Une personne est pâle : cela veut dire moins de { $count }.
risk-key-marked = Personnes touchées
risk-key-clear = Personnes non touchées
risk-key-faint = Pâle : moins de 1 personne
page-risks-emergency = Après une crise cardiaque, les risques d'autres problèmes sont différents. Votre équipe vous en parlera.
page-risks-your-own = Votre équipe vous parlera de vos propres risques.

page-home-title = Le retour à la maison
page-home-when = { $urgency ->
        [emergency] Après une crise cardiaque, vous restez plus longtemps. La plupart des gens restent à l'hôpital 2 ou 3 jours.
       *[planned] La plupart des gens rentrent chez eux le jour même ou le lendemain.
    }
page-home-site-heading = { $access ->
        [groin] Votre aine
       *[wrist] Votre poignet
    }
page-home-site = Un bleu à l'endroit où le tube est entré, c'est fréquent. Regardez cet endroit chaque jour. S'il saigne, appuyez fort dessus et appelez { $emergency }. Des questions sur cet endroit ? Appelez { $hospital }.
page-home-lifting-heading = Porter des charges
page-home-lifting = Ne portez rien de lourd pendant environ une semaine.
page-home-driving-heading = Conduire
page-home-driving = { $urgency ->
        [emergency] Après une crise cardiaque, demandez à votre équipe quand vous pourrez conduire.
       *[planned] Ne conduisez pas avant que votre équipe vous le permette. Au Royaume-Uni, c'est souvent environ une semaine pour une voiture. Les règles ne sont pas les mêmes dans les autres pays.
    }
page-home-work-heading = Travail
page-home-work = { $urgency ->
        [emergency] Après une crise cardiaque, demandez à votre équipe quand vous pourrez reprendre le travail.
       *[planned] La plupart des gens reprennent le travail après environ une semaine. Demandez à votre équipe ce qui est bon pour votre métier.
    }
page-home-washing-heading = Se laver
page-home-washing = Demandez à votre équipe quand vous pourrez prendre une douche ou un bain.

page-medicines-title = Vos médicaments
page-medicines-why = { $treatment ->
        [angiogram] Demandez à votre équipe si vous avez besoin de nouveaux médicaments. Elle vous le dira.
        [stent] Vous prendrez des médicaments qui empêchent les caillots de sang de se former sur le stent. La plupart des gens en prennent deux sortes.
       *[balloon] Vous prendrez des médicaments qui empêchent les caillots de sang de se former. Votre équipe vous dira lesquels prendre.
    }
page-medicines-how-long = { $treatment ->
        [angiogram] Continuez vos médicaments habituels. N'en arrêtez un que si votre équipe le dit.
        [stent] La plupart des gens les prennent jusqu'à un an, ou plus longtemps. Votre équipe vous dira combien de temps.
       *[balloon] Votre équipe vous dira combien de temps les prendre.
    }
page-medicines-as-told = Prenez-les tous les jours, exactement comme votre équipe vous le dit.
page-medicines-tell-others = Dites à tout autre médecin ou dentiste que vous les prenez. S'il vous dit de les arrêter, demandez d'abord à votre cardiologue.

page-help-title = Demander de l'aide
page-help-bleeding-heading = { $access ->
        [groin] Si votre aine saigne
       *[wrist] Si votre poignet saigne
    }
page-help-press-picture = { $access ->
        [groin] Appuyez fort avec la main sur l'endroit en haut de la cuisse où le tube est entré.
       *[wrist] Appuyez fort avec deux doigts sur l'endroit du poignet où le tube est entré.
    }
page-help-bleeding-press = Appuyez fort sur l'endroit où le tube est entré.
page-help-bleeding-call = Appelez { $emergency }, ou demandez à quelqu'un d'appeler pour vous.
page-help-bleeding-keep = Continuez d'appuyer jusqu'à l'arrivée des secours.
page-help-limb-heading = Demandez de l'aide tout de suite si
page-help-limb = { $access ->
        [groin] Une boule plus grosse qu'une bille apparaît à l'endroit où le tube est entré. Ou votre jambe devient froide, pâle ou douloureuse. Appelez { $emergency } tout de suite.
       *[wrist] Une boule plus grosse qu'une bille apparaît à l'endroit où le tube est entré. Ou votre main devient froide, pâle ou douloureuse. Appelez { $emergency } tout de suite.
    }
page-help-chest-heading = Douleur dans la poitrine
page-help-chest-rest = Si vous avez mal à la poitrine, arrêtez-vous et reposez-vous.
page-help-chest-spray = Si vous avez un spray contre la douleur dans la poitrine, utilisez-le comme votre équipe vous l'a montré.
page-help-chest-call = Si la douleur ne passe pas, appelez { $emergency }.

page-next-title = La suite
page-next-narrow = { $treatment ->
        [angiogram] Votre équipe vous parlera de ce que montrent les images. Elle vous explique les choix possibles pour vous, et pourquoi.
       *[other] Chez certaines personnes, l'artère redevient étroite. Cela arrive surtout dans les premiers mois. Un stent couvert d'un médicament rend cela moins probable.
    }
page-next-aim = { $treatment ->
        [angiogram] Quel que soit votre choix avec l'équipe, ces choses comptent :
       *[other] { $urgency ->
            [emergency] L'intervention a ouvert l'artère bouchée. Pour protéger votre cœur à partir de maintenant, ces choses comptent :
           *[planned] Cette intervention sert surtout à calmer la douleur dans la poitrine. Seule, elle ne peut pas empêcher une crise cardiaque plus tard. Ces choses comptent toujours :
        }
    }
page-next-medicines = Prenez vos médicaments tous les jours.
page-next-check-ups = Allez à tous vos rendez-vous de contrôle.
page-next-habits = Gardez de bonnes habitudes de vie. Demandez à votre équipe lesquelles vous aident le plus.

page-check-title = Vérifiez ce que vous avez compris
page-check-intro = Quelques questions courtes. Choisissez une réponse à chaque fois. Vos réponses ne sont ni gardées ni envoyées.
check-progress = Question { $number } sur { $total }
check-right = C'est juste.
check-wrong = Ce n'est pas juste.
check-show-me = Montrez-moi
check-next = Question suivante
check-try-again = Essayer encore
check-finish = Voir votre résultat
check-score = Vous avez { $right } bonnes réponses sur { $total }.
check-end = Parlez à votre équipe de tout ce qui n'est pas clair pour vous.
check-again = Recommencer
check-awake-question = Allez-vous dormir pendant l'intervention ?
check-awake-answer-1 = Oui, vous dormez complètement.
check-awake-answer-2 = Non. Vous ne dormez pas, et on vous fait une anesthésie locale de la peau.
check-awake-answer-3 = Vous dormez pendant la moitié du temps.
check-awake-why = Vous ne dormez pas. Avec une petite aiguille, on vous fait une anesthésie locale de la peau. On peut aussi vous donner un médicament pour vous aider à vous détendre.
check-stent-question = Qu'est-ce qu'un stent ?
check-stent-answer-1 = Un petit tube en grillage de métal qui garde l'artère ouverte.
check-stent-answer-2 = Un comprimé à prendre chaque jour.
check-stent-answer-3 = Une sorte d'image de radio.
check-stent-why = Un stent est un petit tube en grillage. Il reste dans l'artère pour la garder ouverte.
check-balloon-question = À quoi sert le tout petit ballon ?
check-balloon-answer-1 = Il reste dans l'artère pour toujours.
check-balloon-answer-2 = Il prend des images de radio.
check-balloon-answer-3 = Il écrase la plaque pour élargir l'artère.
check-balloon-why = On gonfle le ballon pour écraser la plaque. Puis on le dégonfle et on le retire.
check-chest-pain-question = Que faire si vous avez mal à la poitrine pendant l'intervention ?
check-chest-pain-answer-1 = Ne rien dire et attendre.
check-chest-pain-answer-2 = Essayer de se lever.
check-chest-pain-answer-3 = Le dire tout de suite à l'équipe.
check-chest-pain-why = Une douleur dans la poitrine peut arriver quand on gonfle le ballon. Dites-le toujours à l'équipe.
check-ride-question = Pouvez-vous conduire pour rentrer chez vous ?
check-ride-answer-1 = Oui, si vous vous sentez bien.
check-ride-answer-2 = Non. Quelqu'un doit vous ramener chez vous.
check-ride-why = Vous ne devez pas conduire pour rentrer. Avant le jour de l'intervention, prévoyez qui vous ramènera.
check-stay-question = Après une crise cardiaque, combien de temps reste-t-on à l'hôpital ?
check-stay-answer-1 = Une heure.
check-stay-answer-2 = Deux ou trois jours.
check-stay-answer-3 = Un mois.
check-stay-why = Après une crise cardiaque, vous restez plus longtemps. La plupart des gens restent à l'hôpital 2 ou 3 jours.
check-medicines-question = Vous vous sentez bien. Pouvez-vous arrêter vos médicaments anti-caillots ?
check-medicines-answer-1 = Non. Ne les arrêtez jamais sans demander à votre cardiologue.
check-medicines-answer-2 = Oui, dès que vous vous sentez bien.
check-medicines-answer-3 = Oui, après une semaine.
check-medicines-why = Se sentir bien n'est pas une raison pour arrêter. Ces médicaments empêchent les caillots de se former. Arrêtez-les seulement si votre cardiologue le dit.
check-bleeding-question = À la maison, l'endroit où le tube est entré se met à saigner. Que faites-vous d'abord ?
check-bleeding-answer-1 = Attendre de voir si ça s'arrête.
check-bleeding-answer-2 = Appuyer fort sur l'endroit, et appeler { $emergency }.
check-bleeding-answer-3 = Aller au lit.
check-bleeding-why = Appuyez fort sur l'endroit et appelez { $emergency }. Continuez d'appuyer jusqu'à l'arrivée des secours.
check-chest-home-question = À la maison, vous avez mal à la poitrine et ça ne passe pas au repos. Que faites-vous ?
check-chest-home-answer-1 = Attendre le matin.
check-chest-home-answer-2 = Appeler { $emergency }.
check-chest-home-answer-3 = Aller marcher.
check-chest-home-why = Une douleur dans la poitrine qui ne passe pas au repos demande de l'aide vite. Appelez { $emergency }.
check-angiogram-question = Qu'est-ce qu'une coronarographie ?
check-angiogram-answer-1 = Des images de radio de vos artères, prises avec un produit de contraste.
check-angiogram-answer-2 = Un tout petit ballon dans une artère.
check-angiogram-answer-3 = Une prise de sang.
check-angiogram-why = Une coronarographie est une série d'images de radio. Un produit de contraste fait voir les artères.
check-results-question = Que se passe-t-il après les images ?
check-results-answer-1 = Rien. On ne vous en parle jamais.
check-results-answer-2 = Vous devez décider sans personne.
check-results-answer-3 = Votre équipe vous parle de ce qu'elles montrent et des choix possibles.
check-results-why = Votre équipe vous explique ce que montrent les images, les choix possibles pour vous, et pourquoi.
check-future-question = Cette intervention, à elle seule, vous protège-t-elle des crises cardiaques ?
check-future-answer-1 = Non. Les médicaments, les contrôles et de bonnes habitudes de vie comptent toujours.
check-future-answer-2 = Oui, pour toujours.
check-future-why = Elle aide l'artère maintenant. Pour rester en bonne santé plus tard, continuez vos médicaments, vos contrôles et vos bonnes habitudes.

page-handout-title = Votre fiche
page-handout-intro = Cette page est faite pour être imprimée. Elle montre votre intervention, étape par étape, et ce qu'il faut faire après.
printout-for = Votre intervention :
printout-print = Imprimer
printout-questions = Questions à poser à mon équipe
printout-date = Date de mon intervention :
printout-ward = Téléphone de mon service :
printout-scan = Scannez le code avec l'appareil photo d'un téléphone pour revoir le guide.

## Mots qu'une personne peut toucher pour avoir un sens simple : les formes de chaque mot dans le texte (séparées par des virgules),
## puis son sens en une ligne.
term-open = Que veut dire « { $word } » ?
term-close = Fermer
term-cath-lab = salle de cathétérisme
term-cath-lab-means = La salle où se fait l'intervention, avec un appareil de radio.
term-coronary-arteries = artères coronaires
term-coronary-arteries-means = Les artères sur le cœur qui nourrissent le muscle du cœur.
term-artery = artère, artères
term-artery-means = Un tube qui amène le sang du cœur vers le corps.
term-plaque = plaque
term-plaque-means = Un dépôt de graisse sur la paroi intérieure d'une artère.
term-angina = angine de poitrine
term-angina-means = Une douleur dans la poitrine quand le cœur ne reçoit pas assez de sang.
term-catheter = cathéter
term-catheter-means = Un long tube souple et fin qui va jusqu'au cœur.
term-sheath = gaine
term-sheath-means = Un tube court mis dans l'artère pour que d'autres tubes puissent entrer et sortir.
term-local-anaesthetic = anesthésie locale
term-local-anaesthetic-means = Un médicament mis dans la peau pour ne pas avoir mal à cet endroit. Vous ne dormez pas.
term-angiogram = coronarographie
term-angiogram-means = Des images de radio des artères, prises avec un produit de contraste.
term-guidewire = fil
term-guidewire-means = Un fil très fin et souple qui guide le ballon et le stent.
term-balloon = ballon
term-balloon-means = Un tout petit ballon sur un tube. On le gonfle dans l'artère pour l'élargir, puis on le retire.
term-stent = stent
term-stent-means = Un petit tube en grillage de métal qui reste dans l'artère pour la garder ouverte.
term-antiplatelet = médicaments qui empêchent les caillots de sang, médicaments anti-caillots
term-antiplatelet-means = Des médicaments qui empêchent les caillots de sang de se former.

## Les cases de la dernière étape, chacune ouvre sa page
after-home = Le retour à la maison
after-medicines = Vos médicaments
after-help = Demander de l'aide
after-next = La suite
