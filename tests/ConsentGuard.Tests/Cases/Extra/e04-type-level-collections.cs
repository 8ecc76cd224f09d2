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

[PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
public sealed record DirectMessage(string SenderId, string Text);

public interface IMessageSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void AddAll(IEnumerable<DirectMessage> messages);
    [ConsentSink(Purposes.GenerativeTraining)] void Write(object row);
}

public class Exporter(IConsentProvider consent, IMessageSink sink)
{
    public void List(List<DirectMessage> dms) => sink.AddAll({|CG0001:dms|});

    public void Array(DirectMessage[] dms) => sink.Write({|CG0001:dms|});

    public void Dictionary(Dictionary<string, DirectMessage> byId) => sink.Write({|CG0001:byId|});

    public void Tuple(DirectMessage dm) => sink.Write({|CG0001:(dm, 1)|});

    public void Filtered(List<DirectMessage> dms) =>
        sink.AddAll(dms.Where(d => consent.IsGranted(d.SenderId, Purposes.GenerativeTraining)));

    public void Counted(List<DirectMessage> dms) => sink.Write(dms.Count);
}
