# Heartpath : tous les mots qu'une personne lit, en français.
# Gardez des phrases courtes et simples, avec des mots de tous les jours.
# Les textes des étapes peuvent choisir les mots selon le cas du patient :
#   $access = wrist | groin, $artery = lad | circumflex | rca,
#   $treatment = stent | balloon | angiogram, $urgency = planned | emergency.
# Un seul nom par chose : « tube » désigne seulement le cathéter ; le manchon court au poignet
# ou à l'aine est la gaine ; le stent est une armature en grillage ; les artères du cœur sont
# des vaisseaux sanguins. On dit toujours « l'endroit où la gaine est entrée ». On vouvoie.

app-name = Heartpath
app-tagline = L'angioplastie coronaire (ICP), étape par étape

## Le parcours

step-heart-title = Votre cœur et ses artères
step-heart-text = { $urgency ->
        [emergency] { $treatment ->
            [angiogram] Votre cœur est un muscle fort. Lui aussi a besoin de sang. Des vaisseaux sanguins appelés artères coronaires lui apportent ce sang. Lors d'une crise cardiaque, une de ces artères se bouche complètement. L'équipe agit vite pour la trouver avec des images de radio.
           *[other] Votre cœur est un muscle fort. Lui aussi a besoin de sang. Des vaisseaux sanguins appelés artères coronaires lui apportent ce sang. Lors d'une crise cardiaque, une de ces artères se bouche complètement. L'équipe agit vite pour la rouvrir.
        }
       *[planned] { $treatment ->
            [angiogram] Votre cœur est un muscle fort. Lui aussi a besoin de sang. Des vaisseaux sanguins appelés artères coronaires lui apportent ce sang. Parfois, un dépôt de graisse appelé plaque rend une de ces artères étroite. Moins de sang passe. Cela peut donner une douleur dans la poitrine (appelée angine de poitrine) ou du mal à respirer.
           *[other] Votre cœur est un muscle fort. Lui aussi a besoin de sang. Des vaisseaux sanguins appelés artères coronaires lui apportent ce sang. Dans une de ces artères, un dépôt de graisse appelé plaque a rendu l'artère étroite. Moins de sang passe. Cela peut donner une douleur dans la poitrine (appelée angine de poitrine) ou du mal à respirer.
        }
    }

step-ready-title = Se préparer
step-ready-text = Vous allez dans une salle appelée salle de cathétérisme. { $urgency ->
        [emergency] En général, vous ne dormez pas.
       *[planned] Vous ne dormez pas, et on peut vous donner un médicament pour vous aider à vous détendre.
    } Avec une petite aiguille, l'équipe fait une anesthésie locale sur la peau de votre { $access ->
        [groin] aine
       *[wrist] poignet
    }. Puis elle met un manchon court et fin, appelé gaine, dans l'artère à cet endroit.

step-ready-note = { $urgency ->
        [emergency] Lors d'une crise cardiaque, l'équipe fait aussi vite qu'elle le peut.
       *[planned] { $treatment ->
            [angiogram] Demandez à votre équipe de cardiologie combien de temps cela va durer.
           *[other] Du début à la fin, cela dure le plus souvent de 30 minutes à 2 heures.
        }
    }

step-travel-title = Le tube va jusqu'à votre cœur
step-travel-text = Un long tube fin et souple, appelé cathéter, passe par la gaine. Le médecin le guide { $access ->
        [groin] en remontant dans votre corps
       *[wrist] en remontant le long de votre bras
    } jusqu'à votre cœur. Il le suit sur un écran de radio. Normalement, vous ne devriez pas le sentir bouger en vous. Si vous avez mal, ou si vous sentez quelque chose de bizarre, dites-le à l'équipe.

step-pictures-title = Des images de vos artères
step-pictures-text = Le médecin met un produit, appelé produit de contraste, dans le cathéter. Ce produit se voit sur les images de radio. Ces images s'appellent une coronarographie. Vous pouvez avoir chaud un court moment, c'est normal. { $urgency ->
        [emergency] Les images montrent où l'artère est bouchée.
       *[planned] { $treatment ->
            [angiogram] Les images montrent à votre équipe de cardiologie si une artère est rétrécie, et où.
           *[other] Les images montrent où l'artère est rétrécie.
        }
    }

step-pictures-note = { $urgency ->
        [emergency] { $treatment ->
            [angiogram] Souvent, l'équipe ouvre ensuite l'artère tout de suite, pendant que le cathéter est en place. Si elle choisit une autre solution, elle vous dit pourquoi.
           *[other] L'équipe peut aussi utiliser d'autres outils pour aider votre cœur à pomper ou à garder un rythme régulier.
        }
       *[planned] { $treatment ->
            [angiogram] Parfois, le médecin traite aussi tout de suite une partie rétrécie, pendant que le cathéter est en place. Cela se fait seulement si vous avez donné votre accord avant. Demandez à votre équipe de cardiologie si cela peut vous arriver.
           *[other] Avant le début de l'intervention, votre équipe de cardiologie vous demande de donner votre accord pour ce traitement. Parfois, les images montrent qu'une autre solution est meilleure, par exemple une opération du cœur appelée pontage. Alors votre équipe de cardiologie vous en parle.
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
step-balloon-safety = Vous pouvez avoir mal à la poitrine un moment. Dites-le à l'équipe pour qu'elle vous aide.

step-balloon-note = Certaines personnes ont plus d'une partie rétrécie ou bouchée. Plusieurs peuvent alors être traitées.

step-stent-title = Un stent garde l'artère ouverte
step-stent-text = Un stent est une toute petite armature en grillage de métal. Il arrive plié sur un autre ballon. Quand on gonfle ce ballon, le stent s'ouvre et s'appuie fort contre la paroi de l'artère. Le ballon est dégonflé et retiré, mais le stent reste là pour garder l'artère ouverte.


step-flow-title = { $urgency ->
        [emergency] Le sang circule de nouveau
       *[planned] Le sang circule mieux
    }
step-flow-text = Maintenant, le sang arrive plus facilement jusqu'au muscle de votre cœur. Le médecin regarde une dernière fois avec des images de radio. { $access ->
        [groin] Puis on retire le fil, le cathéter et la gaine. L'équipe appuie sur votre aine avec une compresse, ou ferme l'artère avec un petit bouchon. Vous restez à plat sur le lit pendant quelques heures.
       *[wrist] Puis on retire le fil, le cathéter et la gaine. On met un bracelet serré à votre poignet pour arrêter le saignement. L'équipe le desserre petit à petit, pendant environ 2 heures.
    }

step-results-title = Ce que montrent les images
step-results-text = { $urgency ->
        [emergency] Votre équipe de cardiologie vous dit ce que les images ont montré, et les choix possibles. Ce peut être des médicaments, un traitement pour ouvrir l'artère, ou une opération appelée pontage.
       *[planned] Si les images montrent une partie rétrécie, votre équipe de cardiologie vous dit les choix possibles. Ce peut être des médicaments, un traitement pour élargir l'artère, ou une opération appelée pontage.
    } { $access ->
        [groin] Ensuite, le médecin retire le cathéter et la gaine. L'équipe appuie sur votre aine avec une compresse, ou met un petit bouchon. Vous restez à plat sur le lit pendant quelques heures.
       *[wrist] Ensuite, le médecin retire le cathéter et la gaine, et met un bracelet serré à votre poignet. L'équipe le desserre petit à petit, pendant environ 2 heures.
    }

step-after-title = Après votre intervention
step-after-text = { $urgency ->
        [emergency] Après une crise cardiaque, vous restez à l'hôpital quelque temps. La plupart des gens restent 2 ou 3 jours.
       *[planned] La plupart des gens rentrent chez eux le jour même ou le lendemain. Si vous rentrez le jour même, un adulte devrait rester avec vous pendant la première nuit.
    } { $treatment ->
        [angiogram] Votre équipe de cardiologie vous dira si vous avez besoin de nouveaux médicaments, et ce qui se passe ensuite.
        [stent] Vous prendrez des médicaments anti-caillots. Ils empêchent les caillots de sang de se former sur le stent : prenez-les donc exactement comme votre équipe de cardiologie vous le dit.
       *[balloon] Vous prendrez des médicaments anti-caillots. Ils empêchent les caillots de sang de se former : prenez-les donc exactement comme votre équipe de cardiologie vous le dit.
    }
step-after-safety = { $treatment ->
        [angiogram] N'arrêtez jamais un médicament sans demander à votre équipe de cardiologie.
       *[other] N'arrêtez jamais vos médicaments anti-caillots sans demander à votre équipe de cardiologie. Ne soyez jamais à court de ces médicaments.
    }

## Dit une seule fois, à la première étape, pour toutes les tailles d'écran
note-lead = Bon à savoir :
procedure-name = { $urgency ->
        [emergency] { $treatment ->
            [angiogram] Ce guide montre une coronarographie, faite en urgence pendant une crise cardiaque. Il montre ce qui s'est passé, et ce qu'il faut faire maintenant.
           *[other] Ce guide montre une angioplastie coronaire (ICP), faite en urgence pendant une crise cardiaque. Il montre ce qui s'est passé, et ce qu'il faut faire maintenant.
        }
       *[planned] { $treatment ->
            [angiogram] Ce guide vous montre une coronarographie. C'est une série d'images de radio de votre cœur et de ses artères.
            [balloon] Ce guide vous montre une angioplastie coronaire, faite avec un ballon. Vous entendrez peut-être aussi son nom court : ICP.
           *[stent] Ce guide vous montre une angioplastie coronaire. Vous entendrez peut-être aussi son nom court, ICP, ou « pose de stent ».
        }
    }

## Les points principaux, à la fin du parcours et sur la fiche
main-points-title = Les points principaux
main-point-what = Un tube fin va jusqu'à votre cœur. { $treatment ->
        [angiogram] Un produit de contraste montre vos artères sur des images de radio, et votre équipe de cardiologie vous en parle.
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
        [angiogram] { $urgency ->
            [emergency] Vous pouvez avoir chaud un court moment quand le produit de contraste entre.
           *[planned] Vous ne dormez pas. Vous pouvez avoir chaud un court moment quand le produit de contraste entre.
        }
       *[other] Vous pouvez avoir mal à la poitrine un court moment, pendant que le ballon est gonflé. Dites-le à l'équipe, pour qu'elle puisse vous aider.
    }
main-point-medicines = { $treatment ->
        [angiogram] Prenez vos médicaments habituels comme votre équipe de cardiologie vous le dit. N'en arrêtez aucun, même pour peu de temps, sauf si elle vous le dit. Le médecin a-t-il aussi élargi votre artère ? Alors vous prendrez de nouveaux médicaments anti-caillots. Ne les arrêtez jamais sans demander à votre équipe de cardiologie, et ne soyez jamais à court.
       *[other] Prenez vos médicaments anti-caillots tous les jours. Ne les arrêtez jamais sans demander à votre équipe de cardiologie, et ne soyez jamais à court.
    }
main-point-bleeding = { $access ->
        [groin] Si votre aine saigne à la maison : allongez-vous à plat et appuyez fort dessus. Continuez d'appuyer, et appelez { $emergency } ou demandez à quelqu'un d'autre d'appeler. Continuez d'appuyer jusqu'à l'arrivée des secours.
       *[wrist] Si votre poignet saigne à la maison : appuyez fort dessus. Continuez d'appuyer, et appelez { $emergency } ou demandez à quelqu'un d'autre d'appeler. Continuez d'appuyer jusqu'à l'arrivée des secours.
    }
main-point-chest = Douleur dans la poitrine à la maison : arrêtez-vous et reposez-vous. Si vous avez un spray de trinitrine, utilisez-le. Si la douleur ne va pas mieux au bout de 5 minutes, utilisez-le une deuxième fois. Vous avez encore mal 5 minutes après la deuxième prise de spray ? Appelez { $emergency }. Pas de spray ? Appelez { $emergency } si la douleur ne s'arrête pas en quelques minutes de repos. Appelez { $emergency } tout de suite si la douleur est très forte, ou si vous transpirez, avez envie de vomir ou avez du mal à respirer, ou si la douleur s'étend à votre bras, votre cou, votre mâchoire ou votre dos.

main-point-night = Si vous rentrez chez vous le jour même, un adulte devrait rester avec vous pendant la première nuit.

app-failed = Désolé, quelque chose n'a pas marché. Rechargez la page, s'il vous plaît. Si cela arrive encore, demandez une fiche imprimée à votre équipe de cardiologie.

## Toujours dit
ask-team = Des questions ? Demandez à votre équipe de cardiologie. Elle connaît votre cas.

## Mots sur l'image
label-heart = Cœur
label-artery = { $artery ->
        [circumflex] Artère du côté
        [rca] Artère droite
       *[lad] Artère de devant
    }
label-plaque = { $treatment ->
        [angiogram] Plaque possible
       *[other] Plaque
    }
label-blockage = Zone bouchée
label-site = { $access ->
        [groin] Aine
       *[wrist] Poignet
    }
label-numbing = Anesthésie locale
label-sheath = Gaine
label-catheter = Cathéter
label-aorta = Gros vaisseau sanguin
label-dye = Produit de contraste dans l'artère
label-narrowing = { $urgency ->
        [emergency] Zone bouchée
       *[planned] { $treatment ->
            [angiogram] Zone rétrécie possible
           *[other] Zone rétrécie
        }
    }
label-wire = Fil
label-balloon = Ballon
label-stent = Stent
label-treated = { $treatment ->
        [stent] Stent
       *[other] Artère ouverte
    }
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
setup-intro = Choisissez ce que votre équipe de cardiologie prévoit pour vous. Les images et les mots changent pour aller avec.
sheet-done = Terminé
setup-access = Où entre le tube
choice-access-wrist = Poignet
choice-access-groin = Aine (haut de la cuisse)
setup-artery = Quelle artère est rétrécie
choice-artery-lad = Artère de devant (appelée IVA)
choice-artery-circumflex = Artère du côté (appelée circonflexe)
choice-artery-rca = Artère droite (appelée coronaire droite)
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
control-go-to = Aller à l'étape { $number } : { $title }
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

## Une nouvelle version du guide, installée à côté de celle qui tourne
update-ready = Une nouvelle version de ce guide est prête. Rien ne change tant que vous ne choisissez pas.
update-reload = Utiliser la nouvelle version
update-later = Plus tard

## L'image, pour les lecteurs d'écran : son nom, et ce qu'elle montre à chaque étape.
stage-label = Image : { $title }
step-heart-shows = Le cœur et ses artères. Un anneau marque l'endroit, et un gros plan rond montre { $urgency ->
        [emergency] un caillot qui bouche l'artère.
       *[planned] un dépôt de graisse qui rend l'artère étroite.
    }
step-ready-shows = La salle de cathétérisme. Vous vous allongez sur une table, sous l'appareil de radio, avec votre équipe de cardiologie à côté de vous. Ensuite, { $access ->
        [groin] le haut de la cuisse
       *[wrist] le poignet
    }. Avec une petite aiguille, on fait une anesthésie locale de la peau. Puis un manchon court, appelé gaine, entre dans l'artère.
step-travel-shows = Tout le corps. Un tube fin va { $access ->
        [groin] du haut de la cuisse
       *[wrist] du poignet
    } jusqu'au cœur.
step-pictures-shows = Une image de radio du cœur. Le produit de contraste remplit les artères et montre { $urgency ->
        [emergency] la partie bouchée.
       *[planned] { $treatment ->
            [angiogram] les artères, et toute partie rétrécie.
           *[other] la partie rétrécie.
        }
    }
step-wire-shows = Une vue dans l'artère. Un fil fin passe à travers la partie { $urgency ->
        [emergency] bouchée.
       *[planned] rétrécie.
    }
step-balloon-shows = Dans l'artère. Un ballon se gonfle dans la partie { $urgency ->
        [emergency] bouchée. Il écrase le caillot et le dépôt de graisse contre la paroi.
       *[planned] rétrécie. Il écrase le dépôt de graisse contre la paroi.
    }
step-stent-shows = Dans l'artère. Un stent s'ouvre sur un ballon. Le ballon s'en va, et le stent reste.
step-flow-shows = Le sang passe de nouveau dans l'artère élargie. Puis on retire le cathéter et la gaine, et { $access ->
        [groin] une compresse appuie sur le haut de la cuisse.
       *[wrist] on met un bracelet au poignet.
    }
step-results-shows = L'image de radio de tout le cœur, avec un anneau autour de la partie { $urgency ->
        [emergency] bouchée
       *[planned] rétrécie
    }. Puis on retire le cathéter et la gaine, et { $access ->
        [groin] une compresse appuie sur le haut de la cuisse.
       *[wrist] on met un bracelet au poignet.
    }
step-after-shows = { $treatment ->
        [angiogram] Tout le corps, avec un anneau sur le cœur. Des médicaments et une maison montrent le retour à la maison.
        [stent] Tout le corps, avec une marque sur l'endroit traité. Une vue de près montre le stent dans la paroi de l'artère. Des médicaments et une maison montrent le retour à la maison.
       *[other] Tout le corps, avec une marque sur l'endroit traité. Une vue de près montre l'artère, plus large maintenant. Des médicaments et une maison montrent le retour à la maison.
    }
## Dit une fois quand l'étape change (lecteurs d'écran).
step-announce = Étape { $number } sur { $total } : { $title }

## Lire à voix haute, et l'aspect de la page
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
default-hospital = votre équipe de cardiologie
clinic-hospital-named = { $name } au { $phone }
clinic-hospital = votre hôpital au { $phone }
nav-title = Plus pour vous
nav-more = En savoir plus sur votre intervention
nav-label = Pages sur l'avant et l'après de votre intervention
page-back = Retour au guide
page-of-guide = Guide Heartpath

page-before-title = { $urgency ->
        [emergency] Vos médicaments et vos allergies
       *[planned] Avant le jour de l'intervention
    }
page-before-intro = Votre équipe de cardiologie vous dira comment vous préparer. Voici ce qu'il faut faire.
page-before-food = Suivez les conseils de votre équipe de cardiologie pour manger et boire. Souvent, vous ne mangez et ne buvez rien pendant 6 à 8 heures avant. Vous pouvez prendre vos médicaments habituels avec quelques petites gorgées d'eau, si l'équipe le dit.
page-before-medicines = Apportez tous vos médicaments, et votre spray de trinitrine contre la douleur dans la poitrine si vous en avez un.
page-before-clot = Continuez à prendre vos médicaments anti-caillots. Ne les arrêtez pas sauf si votre équipe de cardiologie vous le dit.
page-before-pause = Votre équipe de cardiologie peut vous demander d'arrêter d'autres médicaments pendant peu de temps. Ce sont parfois certains médicaments pour le diabète, ou certains autres médicaments qui fluidifient le sang. Faites-le seulement si votre équipe de cardiologie vous le dit. Vous ne savez pas bien lequel est lequel ? Demandez-lui. Si vous arrêtez un médicament pour un temps, demandez quand le reprendre.
page-before-allergies = Parlez à l'équipe de toutes vos allergies. Dites-lui si vous avez déjà mal réagi au produit de contraste des radios.
page-before-ride = Demandez à quelqu'un de vous ramener chez vous. Vous ne devez pas conduire pour rentrer.
page-before-night = Si vous rentrez chez vous le jour même, un adulte devrait rester avec vous pendant la première nuit. Organisez cela avant le jour de l'intervention.
page-before-choice-heading = Votre choix
page-before-choice = { $treatment ->
        [angiogram] Avant le jour de l'intervention, votre équipe de cardiologie vous explique pourquoi vous avez besoin de ces images, et quels sont les risques. Puis elle vous demande si vous êtes d'accord. C'est ce qu'on appelle le consentement. Vous pouvez d'abord lui poser toutes vos questions.
       *[other] Avant le jour de l'intervention, votre équipe de cardiologie vous explique ce que l'intervention peut vous apporter, et ses risques. Elle vous parle aussi des autres choix possibles, par exemple des médicaments seuls ou une opération du cœur appelée pontage. Puis elle vous demande si vous êtes d'accord. C'est ce qu'on appelle le consentement. Vous pouvez d'abord lui poser toutes vos questions.
    }
page-before-choice-pictures = Si les images montrent une partie rétrécie, le médecin peut l'élargir tout de suite. Cela se fait seulement si vous avez donné votre accord avant. Votre équipe de cardiologie vous l'explique. Elle vous parle aussi des autres choix possibles, par exemple des médicaments ou une opération appelée pontage.
page-before-tests-heading = D'abord, des examens
page-before-tests = Vous aurez souvent des examens avant le jour de l'intervention. Ce peut être des prises de sang, un examen des battements du cœur appelé ECG, et parfois une radio de la poitrine.
page-before-emergency-tell = Si vous pouvez, dites à l'équipe quels médicaments vous prenez. Parlez-lui de vos allergies, surtout au produit de contraste des radios.
safety-never-stop = N'arrêtez jamais un médicament de vous-même, et ne soyez jamais à court de vos médicaments. Demandez d'abord à votre équipe de cardiologie.

page-risks-title = Les risques
page-risks-intro = { $urgency ->
        [emergency] Tout traitement a des risques. En voici un ci-dessous, montré comme ce qui arrive dans un groupe de 100 personnes. Ce n'est pas la liste complète des risques.
       *[planned] { $treatment ->
            [angiogram] La plupart des gens n'ont pas de problème grave. Mais tout examen comme celui-ci a des risques. En voici un ci-dessous, montré comme ce qui arrive dans un groupe de 100 personnes. Ce n'est pas une liste complète, et vos propres risques peuvent être différents.
           *[other] La plupart des gens n'ont pas de problème grave. Mais tout traitement a des risques. En voici quelques-uns ci-dessous, montrés comme ce qui arrive dans un groupe de 100 personnes. Ce n'est pas une liste complète, et vos propres risques peuvent être différents.
        }
    }
risk-bruising-words = { $access ->
        [groin] Un bleu ou un saignement à votre aine
       *[wrist] Un bleu ou un saignement à votre poignet
    }
risk-bruising-number = C'est fréquent. Cela arrive à plus de { $count } personnes sur 100.
risk-bruising-picture = 100 personnes. { $count } personnes sont marquées. Le vrai nombre est plus grand que { $count }.
risk-bleeding-words = Un saignement grave
risk-bleeding-number = Pour une intervention prévue à l'avance comme la vôtre, { $count } ou { $high } personnes sur 100 en ont un.
risk-bleeding-picture = 100 personnes. { $high } sont marquées : { $count } ou { $high } d'entre elles ont un saignement grave.
risk-serious-words = Une crise cardiaque, un AVC (une attaque au cerveau) ou le décès
risk-serious-number = Ce sont des problèmes graves. Pour une intervention prévue à l'avance comme la vôtre, { $count ->
        [1] moins d'une personne sur 100 en a un.
       *[2] moins de { $count } personnes sur 100 en ont un.
    } C'est trop peu pour le montrer sur une image de 100 personnes. Mais ce n'est pas zéro.
risk-serious-picture = 100 personnes. { $count ->
        [1] Moins d'une sur 100 a un problème grave
       *[2] Moins de { $count } sur 100 ont un problème grave
    } : c'est trop peu pour marquer une personne, mais ce n'est pas zéro.
risk-key-marked = Personnes touchées
risk-key-clear = Personnes non touchées
page-risks-emergency = Après une crise cardiaque, votre équipe de cardiologie vous parlera de vos propres risques.
page-risks-success = La plupart des interventions marchent bien. Si ce n'est pas le cas, le plus souvent, cela ne vous fait aucun tort : vous n'allez pas moins bien qu'avant. Votre équipe de cardiologie vous parle alors des autres choix possibles.
page-risks-pictures = Le médecin va-t-il aussi traiter une partie rétrécie ? Alors votre équipe de cardiologie vous parlera aussi de ces risques-là.
page-risks-your-own = Votre équipe de cardiologie vous parlera de vos propres risques.

page-home-title = Le retour à la maison
page-home-when = { $urgency ->
        [emergency] Après une crise cardiaque, vous restez à l'hôpital quelque temps. La plupart des gens restent 2 ou 3 jours.
       *[planned] La plupart des gens rentrent chez eux le jour même ou le lendemain.
    }
page-home-site-heading = { $access ->
        [groin] Votre aine
       *[wrist] Votre poignet
    }
page-home-site = { $access ->
        [groin] Un bleu à votre aine, c'est fréquent. Regardez votre aine chaque jour. Si elle saigne, allongez-vous à plat, appuyez fort dessus et appelez { $emergency }. Des questions sur votre aine ? Appelez { $hospital }.
       *[wrist] Un bleu à votre poignet, c'est fréquent. Regardez votre poignet chaque jour. S'il saigne, appuyez fort dessus et appelez { $emergency }. Des questions sur votre poignet ? Appelez { $hospital }.
    }
page-home-lifting-heading = Porter des charges
page-home-lifting = { $urgency ->
        [emergency] Après une crise cardiaque, demandez à votre équipe de cardiologie quand vous pourrez porter des charges lourdes.
       *[planned] Ne portez rien de lourd pendant environ une semaine, ou plus longtemps si votre équipe de cardiologie vous le dit.
    }
page-home-driving-heading = Conduire
page-home-driving = { $urgency ->
        [emergency] Après une crise cardiaque, demandez à votre équipe de cardiologie quand vous pourrez conduire.
       *[planned] Ne conduisez pas avant que votre équipe de cardiologie vous le permette. Les règles ne sont pas les mêmes dans tous les pays. Au Royaume-Uni, par exemple, c'est souvent environ une semaine pour une voiture.
    }
page-home-work-heading = Travail
page-home-work = { $urgency ->
        [emergency] Après une crise cardiaque, demandez à votre équipe de cardiologie quand vous pourrez reprendre le travail.
       *[planned] La plupart des gens reprennent le travail après environ une semaine. Demandez à votre équipe de cardiologie ce qui est bon pour votre métier.
    }
page-home-washing-heading = Se laver
page-home-washing = Demandez à votre équipe de cardiologie quand vous pourrez prendre une douche ou un bain.
page-home-active = Demandez à votre équipe de cardiologie quand vous pourrez porter des charges lourdes, conduire et reprendre le travail.
page-home-number = Avant de rentrer chez vous, demandez à votre équipe de cardiologie quel numéro appeler si vous avez des questions.

page-medicines-title = Vos médicaments
page-medicines-why = { $treatment ->
        [angiogram] Demandez à votre équipe de cardiologie si vous avez besoin de nouveaux médicaments. Elle vous le dira.
        [stent] Vous prendrez des médicaments anti-caillots. Ils empêchent les caillots de sang de se former sur le stent.
       *[balloon] Vous prendrez des médicaments anti-caillots. Ils empêchent les caillots de sang de se former. Votre équipe de cardiologie vous dira lesquels prendre.
    }
page-medicines-how-long = { $treatment ->
        [angiogram] Continuez vos médicaments habituels. N'en arrêtez aucun sauf si votre équipe de cardiologie vous le dit.
       *[other] La plupart des gens prennent deux médicaments anti-caillots ensemble pendant un certain temps. Votre équipe de cardiologie décide combien de temps. Ensuite, la plupart des gens continuent à prendre l'un des deux, souvent pour le reste de leur vie.
    }
page-medicines-as-told = Prenez-les tous les jours, exactement comme votre équipe de cardiologie vous le dit.
page-medicines-missed = Si vous oubliez une prise, demandez à votre équipe de cardiologie ce qu'il faut faire.
page-medicines-tell-others = Dites à tout autre médecin ou dentiste que vous les prenez. S'il vous dit de les arrêter, demandez d'abord à votre équipe de cardiologie.
page-medicines-bruising = { $access ->
        [groin] Les médicaments anti-caillots peuvent vous donner des bleus plus facilement, surtout si vous en prenez deux. Prévenez tout de suite votre équipe de cardiologie si vous voyez des selles noires ou du sang dans vos urines. Faites de même si vous avez un saignement qui ne s'arrête pas. Si le saignement est à l'endroit où la gaine est entrée, allongez-vous à plat, appuyez fort dessus et appelez { $emergency }.
       *[wrist] Les médicaments anti-caillots peuvent vous donner des bleus plus facilement, surtout si vous en prenez deux. Prévenez tout de suite votre équipe de cardiologie si vous voyez des selles noires ou du sang dans vos urines. Faites de même si vous avez un saignement qui ne s'arrête pas. Si le saignement est à l'endroit où la gaine est entrée, appuyez fort dessus et appelez { $emergency }.
    }
page-medicines-if-treated = Le médecin a-t-il aussi élargi votre artère ? Alors vous prendrez de nouveaux médicaments anti-caillots. Ne les arrêtez jamais sans demander à votre équipe de cardiologie, et ne soyez jamais à court. Avant de rentrer chez vous, demandez à votre équipe de cardiologie le guide sur ce traitement.

page-help-title = Demander de l'aide
page-help-bleeding-heading = { $access ->
        [groin] Si votre aine saigne
       *[wrist] Si votre poignet saigne
    }
page-help-press-picture = { $access ->
        [groin] Appuyez fort avec la main en haut de votre cuisse, à l'endroit où la gaine est entrée.
       *[wrist] Appuyez fort avec deux doigts sur votre poignet, à l'endroit où la gaine est entrée.
    }
page-help-bleeding-press = { $access ->
        [groin] Allongez-vous à plat. Appuyez fort sur votre aine, à l'endroit où la gaine est entrée.
       *[wrist] Appuyez fort sur votre poignet, à l'endroit où la gaine est entrée.
    }
page-help-bleeding-call = Continuez d'appuyer. Appelez { $emergency }, ou demandez à quelqu'un d'autre d'appeler pour vous.
page-help-bleeding-keep = Continuez d'appuyer jusqu'à l'arrivée des secours.
page-help-limb-heading = { $access ->
        [groin] Une boule, ou une jambe froide
       *[wrist] Une boule, ou une main froide
    }
page-help-limb = { $access ->
        [groin] Appelez { $emergency } tout de suite si une boule plus grosse qu'une bille apparaît à votre aine. Faites la même chose si votre jambe devient froide, pâle ou douloureuse.
       *[wrist] Appelez { $emergency } tout de suite si une boule plus grosse qu'une bille apparaît à votre poignet. Faites la même chose si votre main devient froide, pâle ou douloureuse.
    }
page-help-chest-heading = Douleur dans la poitrine à la maison
page-help-chest-rest = Arrêtez ce que vous faites, et asseyez-vous ou allongez-vous pour vous reposer.
page-help-chest-spray = Si vous avez un spray de trinitrine contre la douleur dans la poitrine, utilisez-le comme votre équipe de cardiologie vous l'a montré.
page-help-chest-again = Si la douleur ne va pas mieux au bout de 5 minutes, utilisez le spray une deuxième fois.
page-help-chest-call = Si vous avez encore mal 5 minutes après cette deuxième prise de spray, appelez { $emergency }. C'est peut-être une crise cardiaque.
page-help-chest-now = Appelez { $emergency } tout de suite, sans attendre, si la douleur est très forte. Appelez aussi { $emergency } tout de suite si, avec la douleur dans la poitrine, vous transpirez, vous avez envie de vomir ou vous avez du mal à respirer, même si la douleur est légère. Faites la même chose si la douleur s'étend à votre bras, votre cou, votre mâchoire ou votre dos.
page-help-chest-no-spray = Pas de spray ? Reposez-vous. Si la douleur ne s'arrête pas en quelques minutes, appelez { $emergency }.
page-help-team-heading = Appelez votre équipe de cardiologie si
page-help-team = { $access ->
        [groin] Votre aine ou votre jambe s'engourdit. Ou l'endroit où la gaine est entrée devient rouge, chaud, ou laisse couler du pus, ou vous avez de la fièvre. Appelez { $hospital }.
       *[wrist] Votre poignet ou votre main s'engourdit. Ou l'endroit où la gaine est entrée devient rouge, chaud, ou laisse couler du pus, ou vous avez de la fièvre. Appelez { $hospital }.
    }

page-next-title = La suite
page-next-narrow = { $treatment ->
        [angiogram] Votre équipe de cardiologie vous parlera de ce que montrent les images. Elle vous explique les choix possibles pour vous, et pourquoi.
        [stent] Chez certaines personnes, l'artère redevient étroite. Cela arrive surtout dans les premiers mois. Un stent recouvert d'un médicament rend cela moins probable : demandez à votre équipe de cardiologie quelle sorte de stent vous avez. Si la douleur dans la poitrine revient, ou si vous avez de nouveau du mal à respirer, dites-le à votre équipe de cardiologie.
       *[balloon] Chez certaines personnes, l'artère redevient étroite. Cela arrive surtout dans les premiers mois. Si la douleur dans la poitrine revient, ou si vous avez de nouveau du mal à respirer, dites-le à votre équipe de cardiologie.
    }
page-next-aim = { $treatment ->
        [angiogram] Quel que soit le choix que vous faites ensemble, ces choses sont importantes :
       *[other] { $urgency ->
            [emergency] L'intervention a ouvert l'artère bouchée. Pour protéger votre cœur à partir de maintenant, ces choses sont importantes :
           *[planned] Cette intervention sert surtout à calmer la douleur dans la poitrine. Son but principal n'est pas d'éviter une crise cardiaque. Ces choses aident à protéger votre cœur :
        }
    }
page-next-medicines = Prenez vos médicaments tous les jours.
page-next-check-ups = Allez à tous vos rendez-vous de contrôle.
page-next-habits = Gardez de bonnes habitudes de vie. Demandez à votre équipe de cardiologie lesquelles vous aident le plus.

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
check-end = Parlez à votre équipe de cardiologie de tout ce qui n'est pas clair pour vous.
check-again = Recommencer
check-awake-question = Allez-vous dormir pendant l'intervention ?
check-awake-answer-1 = Oui, vous dormez complètement.
check-awake-answer-2 = Non. Vous ne dormez pas, et on vous fait une anesthésie locale de la peau.
check-awake-answer-3 = Vous dormez pendant la moitié du temps.
check-awake-why = Vous ne dormez pas. Avec une petite aiguille, on vous fait une anesthésie locale de la peau. On peut aussi vous donner un médicament pour vous aider à vous détendre.
check-stent-question = Qu'est-ce qu'un stent ?
check-stent-answer-1 = Une toute petite armature en grillage de métal, qui garde l'artère ouverte.
check-stent-answer-2 = Un comprimé à prendre chaque jour.
check-stent-answer-3 = Une sorte d'image de radio.
check-stent-why = Un stent est une toute petite armature en grillage. Il reste dans l'artère pour la garder ouverte.
check-balloon-question = À quoi sert le tout petit ballon ?
check-balloon-answer-1 = Il reste dans l'artère pour toujours.
check-balloon-answer-2 = Il prend des images de radio.
check-balloon-answer-3 = { $urgency ->
        [emergency] Il écrase ce qui bouche l'artère, pour l'ouvrir.
       *[planned] Il écrase la plaque pour élargir l'artère.
    }
check-balloon-why = { $urgency ->
        [emergency] On gonfle le ballon pour écraser ce qui bouche l'artère. Puis on le dégonfle et on le retire.
       *[planned] On gonfle le ballon pour écraser la plaque. Puis on le dégonfle et on le retire.
    }
check-chest-pain-question = Que faire si vous avez mal à la poitrine pendant l'intervention ?
check-chest-pain-answer-1 = Ne rien dire et attendre.
check-chest-pain-answer-2 = Essayer de vous lever.
check-chest-pain-answer-3 = Le dire tout de suite à l'équipe.
check-chest-pain-why = Vous pouvez avoir mal à la poitrine pendant que le ballon est gonflé. Dites-le toujours à l'équipe : elle pourra vérifier que tout va bien et vous aider.
check-ride-question = Pouvez-vous conduire pour rentrer chez vous ?
check-ride-answer-1 = Oui, si vous vous sentez bien.
check-ride-answer-2 = Non. Quelqu'un doit vous ramener chez vous.
check-ride-why = Vous ne devez pas conduire pour rentrer chez vous. Avant le jour de l'intervention, prévoyez qui vous ramènera.
check-stay-question = Après une crise cardiaque, combien de temps reste-t-on à l'hôpital ?
check-stay-answer-1 = Une heure.
check-stay-answer-2 = La plupart des gens restent 2 ou 3 jours.
check-stay-answer-3 = Un mois.
check-stay-why = Après une crise cardiaque, vous restez à l'hôpital quelque temps. La plupart des gens restent 2 ou 3 jours.
check-medicines-question = Vous vous sentez bien. Pouvez-vous arrêter vos médicaments anti-caillots ?
check-medicines-answer-1 = Non. Ne les arrêtez jamais sans demander à votre équipe de cardiologie.
check-medicines-answer-2 = Oui, dès que vous vous sentez bien.
check-medicines-answer-3 = Oui, après une semaine.
check-medicines-why = Se sentir bien n'est pas une raison pour arrêter. Ces médicaments empêchent les caillots de se former. Arrêtez-les seulement si votre équipe de cardiologie le dit, et ne soyez jamais à court.
check-bleeding-question = { $access ->
        [groin] À la maison, votre aine se met à saigner. Que faites-vous d'abord ?
       *[wrist] À la maison, votre poignet se met à saigner. Que faites-vous d'abord ?
    }
check-bleeding-answer-1 = Attendre de voir si ça s'arrête.
check-bleeding-answer-2 = { $access ->
        [groin] Vous allonger à plat, appuyer fort dessus et continuer d'appuyer. Appeler { $emergency }, ou demander à quelqu'un d'autre d'appeler.
       *[wrist] Appuyer fort dessus et continuer d'appuyer. Appeler { $emergency }, ou demander à quelqu'un d'autre d'appeler.
    }
check-bleeding-answer-3 = Aller au lit.
check-bleeding-why = { $access ->
        [groin] Allongez-vous à plat et appuyez fort sur votre aine. Appelez { $emergency }, ou demandez à quelqu'un d'autre d'appeler. Continuez d'appuyer jusqu'à l'arrivée des secours.
       *[wrist] Appuyez fort sur votre poignet. Appelez { $emergency }, ou demandez à quelqu'un d'autre d'appeler. Continuez d'appuyer jusqu'à l'arrivée des secours.
    }
check-limb-question = { $access ->
        [groin] À la maison, votre jambe devient froide et pâle. Que faites-vous ?
       *[wrist] À la maison, votre main devient froide et pâle. Que faites-vous ?
    }
check-limb-answer-1 = Attendre un jour pour voir si ça va mieux.
check-limb-answer-2 = La garder au chaud et aller au lit.
check-limb-answer-3 = Appeler { $emergency } tout de suite.
check-limb-why = { $access ->
        [groin] Une jambe qui devient froide, pâle ou douloureuse demande de l'aide tout de suite. C'est pareil pour une boule plus grosse qu'une bille à votre aine. Appelez { $emergency } tout de suite.
       *[wrist] Une main qui devient froide, pâle ou douloureuse demande de l'aide tout de suite. C'est pareil pour une boule plus grosse qu'une bille à votre poignet. Appelez { $emergency } tout de suite.
    }
check-chest-home-question = À la maison, vous avez mal à la poitrine. Vous vous reposez et vous utilisez votre spray. Au bout de 5 minutes, ça ne va pas mieux, alors vous l'utilisez une deuxième fois. Et 5 minutes plus tard, vous avez encore mal. Que faites-vous ?
check-chest-home-answer-1 = Attendre le matin.
check-chest-home-answer-2 = Appeler { $emergency }. C'est peut-être une crise cardiaque.
check-chest-home-answer-3 = Aller marcher.
check-chest-home-why = Une douleur qui est encore là 5 minutes après la deuxième prise de spray demande de l'aide vite. Appelez { $emergency }. Si la douleur est très forte, appelez tout de suite.
check-angiogram-question = Qu'est-ce qu'une coronarographie ?
check-angiogram-answer-1 = Des images de radio de vos artères, prises avec un produit de contraste.
check-angiogram-answer-2 = Une sorte d'opération du cœur.
check-angiogram-answer-3 = Une prise de sang.
check-angiogram-why = Une coronarographie est une série d'images de radio. Un produit de contraste fait voir les artères.
check-results-question = Que se passe-t-il après les images ?
check-results-answer-1 = Rien. On ne vous en parle jamais.
check-results-answer-2 = Vous devez décider sans personne.
check-results-answer-3 = Votre équipe de cardiologie vous parle de ce qu'elles montrent et des choix possibles.
check-results-why = Votre équipe de cardiologie vous explique ce que montrent les images, les choix possibles pour vous, et pourquoi.
check-future-question = { $treatment ->
        [angiogram] Les images, à elles seules, soignent-elles vos artères ?
       *[other] { $urgency ->
            [emergency] Maintenant que l'artère est ouverte, est-ce tout ce que vous avez à faire ?
           *[planned] Cette intervention, à elle seule, vous protège-t-elle des crises cardiaques ?
        }
    }
check-future-answer-1 = Non. Les médicaments, les rendez-vous de contrôle et de bonnes habitudes de vie comptent toujours.
check-future-answer-2 = { $treatment ->
        [angiogram] Oui, elles réparent toute partie rétrécie.
       *[other] { $urgency ->
            [emergency] Oui, il n'y a rien d'autre à faire.
           *[planned] Oui, pour toujours.
        }
    }
check-future-why = { $treatment ->
        [angiogram] Des images seules ne soignent pas vos artères. Pour rester en bonne santé, prenez vos médicaments, allez à vos rendez-vous de contrôle et gardez de bonnes habitudes de vie.
       *[other] { $urgency ->
            [emergency] L'intervention a ouvert l'artère bouchée. Pour garder votre cœur en bonne santé, prenez vos médicaments, allez à vos rendez-vous de contrôle et gardez de bonnes habitudes de vie.
           *[planned] L'intervention sert surtout à calmer la douleur dans la poitrine. Pour aider à protéger votre cœur, prenez vos médicaments, allez à vos rendez-vous de contrôle et gardez de bonnes habitudes de vie.
        }
    }

page-handout-title = Votre fiche
page-handout-intro = Cette page est faite pour être imprimée. Elle montre votre type d'intervention, étape par étape, et ce qu'il faut faire après.
printout-for = Votre intervention :
printout-print = Imprimer
printout-questions = Questions à poser à mon équipe
printout-date = Date de mon intervention :
printout-ward = Téléphone de mon équipe de cardiologie :
printout-emergency = Le numéro d'urgence :
printout-scan = Scannez le code avec l'appareil photo d'un téléphone pour revoir le guide.

## D'où viennent les mots : une page, et une ligne au bas de chaque page et de la fiche
page-sources-title = D'où viennent ces informations
sources = D'où viennent ces informations
sources-short = Nos informations viennent du NHS, de la BHF, de la Mayo Clinic et d'autres pages sur la santé.
page-sources-intro = Nous avons écrit ce guide avec des mots simples, à partir de pages sur la santé dignes de confiance. Il est fait pour toute personne qui a cette intervention. Il ne parle pas seulement de votre cas : demandez donc toujours à votre propre équipe de cardiologie.
sources-what-happens = Le jour de l'intervention : le NHS, la BHF et des pages d'hôpitaux.
sources-before = Avant le jour de l'intervention : la Mayo Clinic.
sources-after = Le retour à la maison : le NHS et des fiches d'hôpitaux.
sources-medicines = Vos médicaments : la Mayo Clinic, la Cleveland Clinic et des pages d'hôpitaux.
sources-get-help = Demander de l'aide et la douleur dans la poitrine : le NHS, la BHF et des fiches d'hôpitaux.
sources-risks = Les risques : le NHS et Healthwise.
sources-consent = Votre choix et votre consentement : le NHS et la Mayo Clinic.
sources-emergency = Les interventions pendant une crise cardiaque : le service de cardiologie d'un hôpital.
sources-next = La suite : l'AHA et la Mayo Clinic.
sources-misunderstanding = À quoi sert une intervention prévue à l'avance : des recherches menées avec des patients.
sources-words = Le sens des mots médicaux : les mêmes pages.
sources-seeds = Des pages d'hôpitaux et de cliniques sur cette intervention.
sources-nhs = NHS : le service public de santé du Royaume-Uni.
sources-bhf = BHF : la British Heart Foundation, une fondation britannique pour le cœur.
sources-aha = AHA : l'American Heart Association, une association américaine pour le cœur.
sources-mayo = Mayo Clinic et Cleveland Clinic : de grands hôpitaux des États-Unis.
sources-healthwise = Healthwise : un groupe qui écrit des pages sur la santé.
sources-reviewed = Ces textes ont été vérifiés pour la dernière fois en décembre 2026.
sources-general = Tout ce qui est dans ce guide est général.
sources-clinic = { $name } a ajouté son nom et ses numéros de téléphone. Tout le reste de ce guide est général.
sources-clinic-numbers = Votre clinique a ajouté ses numéros de téléphone. Tout le reste de ce guide est général.

## Mots qu'une personne peut toucher pour avoir un sens simple : les formes de chaque mot dans le texte (séparées par des virgules),
## puis son sens en une ligne.
term-open = Que veut dire « { $word } » ?
term-close = Fermer
term-cath-lab = salle de cathétérisme
term-cath-lab-means = La salle où se fait l'intervention, avec un appareil de radio.
term-coronary-arteries = artères coronaires
term-coronary-arteries-means = Les artères sur le cœur qui nourrissent le muscle du cœur.
term-artery = artère, artères
term-artery-means = Un vaisseau sanguin qui amène le sang du cœur vers le corps.
term-plaque = plaque
term-plaque-means = Un dépôt de graisse sur la paroi intérieure d'une artère.
term-angina = angine de poitrine
term-angina-means = Une douleur dans la poitrine quand le cœur ne reçoit pas assez de sang.
term-catheter = cathéter
term-catheter-means = Un long tube fin et souple qui va jusqu'au cœur.
term-sheath = gaine
term-sheath-means = Un manchon court et fin, mis dans l'artère. Le cathéter entre et sort par cette gaine.
term-local-anaesthetic = anesthésie locale
term-local-anaesthetic-means = Un médicament mis dans la peau pour ne pas avoir mal à cet endroit. Vous ne dormez pas.
term-angiogram = coronarographie
term-angiogram-means = Des images de radio des artères, prises avec un produit de contraste.
term-guidewire = fil
term-guidewire-means = Un fil très fin et souple qui guide le ballon et le stent.
term-balloon = ballon
term-balloon-means = Un tout petit ballon qui glisse le long du fil. On le gonfle dans l'artère pour l'élargir, puis on le retire.
term-stent = stent
term-stent-means = Une toute petite armature en grillage de métal, qui reste dans l'artère pour la garder ouverte.
term-antiplatelet = médicaments anti-caillots
term-antiplatelet-means = Des médicaments qui empêchent les caillots de sang de se former. Certaines personnes disent « médicaments qui fluidifient le sang ».

## Les cases de la dernière étape, chacune ouvre sa page
after-home = Le retour à la maison
after-medicines = Vos médicaments
after-help = Demander de l'aide
after-next = La suite
