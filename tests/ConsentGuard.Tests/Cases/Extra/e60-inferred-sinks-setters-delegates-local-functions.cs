using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    [ConsentPurpose(Purposes.Personalization)]
    public string Headline { get; set; } = "";
    public int Connections { get; set; }
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

public class Outbox(ICorpus corpus)
{
    public string Text
    {
        set => corpus.Add(value);
    }

    public string this[int slot]
    {
        set => corpus.Add(slot + ": " + value);
    }
}

public class Mailer
{
    public Mailer(ICorpus corpus, string text) => corpus.Add(text);
}

public class Exporter(IConsentProvider consent, ICorpus corpus, Outbox outbox)
{
    public void PropertySetter(Member m) => outbox.Text = {|CG0001:m.Headline|};

    public void IndexerSetter(Member m) => outbox[0] = {|CG0001:m.Headline|};

    public void Constructor(Member m) => _ = new Mailer(corpus, {|CG0001:m.Headline|});

    public void LocalFunction(Member m)
    {
        void Send(string s) => corpus.Add(s);
        Send({|CG0001:m.Headline|});
    }

    public void Lambda(Member m)
    {
        Action<string> send = s => corpus.Add(s);
        send({|CG0001:m.Headline|});
    }

    public void CheckedSetter(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            outbox.Text = m.Headline;
    }

    public void ConstantSetter() => outbox.Text = "hello";
}
